package dev.regulars.core.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {

    @Test
    void readsNfcUidsAndPrintedNumbersWithTheirSeparators() {
        assertThat(CardNumbers.normalize("04:a2:3f:7c:11:80")).contains("04A23F7C1180");
        assertThat(CardNumbers.normalize(" 1234-5678 9012 ")).contains("123456789012");
    }

    /** Every way the card printed "RC 0042 7788" reaches the till or the API: typed, scanned, pasted. */
    static Stream<String> spellingsOfOneCard() {
        return Stream.of("RC 0042 7788", "RC-00427788", "rc00427788", "rc-0042-7788", " RC0042 7788 ",
                "Rc 0042 7788", "RC\u00a00042\u00a07788", "RC\t0042\t7788", "RC 0042\u202f7788", "RC\u20130042\u20137788",
                "RC:0042.7788", "RC/0042/7788", "r c 0042 7788", "0042 7788", "0042-7788", "00427788", "0042\u00a07788",
                "\t0042 7788\n");
    }

    @ParameterizedTest
    @MethodSource("spellingsOfOneCard")
    void readsAPrintedCardWithAnySpacingDashesAndCase(String typed) {
        assertThat(CardNumbers.normalize(typed)).contains("00427788");
        assertThat(CardNumbers.grouped(CardNumbers.normalize(typed).orElseThrow())).isEqualTo("0042 7788");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RC 0042 7788", "rc-0042-7788", " RC0042 7788 ", "R C 12", "RC", "rc #12",
            "\u00a0rc\u00a00042"})
    void tellsInputWrittenAsAPrintedCard(String typed) {
        assertThat(CardNumbers.hasPrintedPrefix(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0042 7788", "06 1234 5678", "+31 6 1234 5678", "04:a2:3f:7c", "Eva", "", " ",
            "R 0042", "CR 0042 7788", "RGR1:00427788:01234567"})
    void tellsInputThatIsNotWrittenAsAPrintedCard(String typed) {
        assertThat(CardNumbers.hasPrintedPrefix(typed)).isFalse();
    }

    @Test
    void anNfcUidIsNeverReadAsPrefixedBecauseHexHasNoR() {
        assertThat(CardNumbers.normalize("0c:a2:3f:7c")).contains("0CA23F7C");
        assertThat(CardNumbers.normalize("ca:fe:ba:be")).contains("CAFEBABE");
        assertThat(CardNumbers.hasPrintedPrefix("ca:fe:ba:be")).isFalse();
    }

    @Test
    void aNormalizedNumberNeverStartsWithThePrefixSoNormalizingTwiceChangesNothing() {
        assertThat(CardNumbers.normalize("RC RC12 3456")).isEmpty();
        assertThat(CardNumbers.normalize("RCAB12")).contains("AB12");
        assertThat(CardNumbers.normalize("AB12")).contains("AB12");
        spellingsOfOneCard().forEach(typed -> {
            String once = CardNumbers.normalize(typed).orElseThrow();
            assertThat(CardNumbers.normalize(once)).contains(once);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"04a", "card#1234", "RC 12", "rc", "RC 0042 77#8", "RC+0042 7788", "+31 6 1234 5678",
            "0042_7788", "RC 0042 7788 ✓", "ıd12", "straße12", "", "   "})
    void refusesWhatIsNotACardNumber(String typed) {
        assertThat(CardNumbers.normalize(typed)).isEmpty();
    }

    @Test
    void refusesNothingAndTooLongNumbers() {
        assertThat(CardNumbers.normalize("A".repeat(33))).isEmpty();
        assertThat(CardNumbers.normalize("RC" + "1".repeat(33))).isEmpty();
        assertThat(CardNumbers.normalize("RC" + "1".repeat(32))).contains("1".repeat(32));
        assertThat(CardNumbers.normalize(null)).isEmpty();
        assertThat(CardNumbers.hasPrintedPrefix(null)).isFalse();
        assertThat(CardNumbers.notACardNumber(" 04a ")).isEqualTo(
                "\"04a\" is not a card number (4 to 32 letters and digits, after an optional RC)");
        assertThat(CardNumbers.notACard(" 04a ")).satisfies(refusal -> {
            assertThat(refusal.key()).isEqualTo("card.notANumber");
            assertThat(refusal.args()).containsExactly("04a");
        });
    }

    @Test
    void groupsANumberInFoursForPeople() {
        assertThat(CardNumbers.grouped("00427788")).isEqualTo("0042 7788");
        assertThat(CardNumbers.grouped("482100001234")).isEqualTo("4821 0000 1234");
        assertThat(CardNumbers.grouped("04A23F7C1180")).isEqualTo("04A2 3F7C 1180");
        assertThat(CardNumbers.grouped("1234567")).isEqualTo("1234 567");
        assertThat(CardNumbers.grouped("4821")).isEqualTo("4821");
        assertThat(CardNumbers.grouped("")).isEmpty();
    }

    @Test
    void thePrintedFormHasTheRcAndGroupsAndReadsBack() {
        assertThat(CardNumbers.printed("509641225934")).isEqualTo("RC 5096 4122 5934");
        assertThat(CardNumbers.hasPrintedPrefix(CardNumbers.printed("509641225934"))).isTrue();
        assertThat(CardNumbers.normalize(CardNumbers.printed("509641225934"))).contains("509641225934");
    }
}
