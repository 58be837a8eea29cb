package dev.regulars.server.customerpages.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JoinFormTest {

    private static JoinForm form(Map<String, String> fields) {
        return JoinForm.read(fields::get);
    }

    @Test
    void aFirstNameAloneIsEnoughAndIsStripped() {
        JoinForm f = form(Map.of("firstName", "  Anouk "));
        assertThat(f.errors(code -> false)).isEmpty();
        assertThat(f.details("nl")).satisfies(d -> {
            assertThat(d.firstName()).isEqualTo("Anouk");
            assertThat(d.birthday()).isNull();
            assertThat(d.email()).isNull();
            assertThat(d.friendCode()).isNull();
            assertThat(d.language()).isEqualTo("nl");
        });
    }

    @Test
    void theNameIsRequiredAndAtMostSixtyCharacters() {
        assertThat(form(Map.of()).errors(code -> false)).containsOnlyKeys("firstName");
        assertThat(form(Map.of("firstName", "x".repeat(61))).errors(code -> false)).containsOnlyKeys("firstName");
        assertThat(form(Map.of("firstName", "я".repeat(60))).errors(code -> false)).isEmpty();
    }

    @Test
    void aBirthdayIsADayAndAMonthThatGoTogether() {
        assertThat(form(Map.of("firstName", "A", "day", "31", "month", "2")).errors(code -> false))
                .containsOnlyKeys("birthday");
        assertThat(form(Map.of("firstName", "A", "day", "12", "month", "")).errors(code -> false))
                .containsOnlyKeys("birthday");
        assertThat(form(Map.of("firstName", "A", "day", "x", "month", "5")).errors(code -> false))
                .containsOnlyKeys("birthday");
        JoinForm leap = form(Map.of("firstName", "A", "day", "29", "month", "2"));
        assertThat(leap.errors(code -> false)).isEmpty();
        assertThat(leap.birthday()).isEqualTo(MonthDay.of(2, 29));
    }

    @Test
    void eMailsNeedAnAddressAndAnAddressMustBeOne() {
        assertThat(form(Map.of("firstName", "A", "email", "yes")).errors(code -> false).get("emailAddress").key())
                .isEqualTo("error.emailMissing");
        assertThat(form(Map.of("firstName", "A", "emailAddress", "not-an-address")).errors(code -> false)
                .get("emailAddress").key()).isEqualTo("error.email");
        JoinForm ok = form(Map.of("firstName", "A", "email", "yes", "sms", "yes", "emailAddress", "a@example.test"));
        assertThat(ok.errors(code -> false)).isEmpty();
        assertThat(ok.details("en").emailConsent()).isTrue();
        assertThat(ok.details("en").smsConsent()).isTrue();
        assertThat(ok.details("en").walletConsent()).isFalse();
    }

    @Test
    void aFriendsCodeMustBeSomeonesWhenGiven() {
        assertThat(form(Map.of("firstName", "A", "friendCode", "ZZZZZZ")).errors(code -> false))
                .containsOnlyKeys("friendCode");
        assertThat(form(Map.of("firstName", "A", "friendCode", "K7P2QX")).errors("K7P2QX"::equals)).isEmpty();
        assertThat(form(Map.of("firstName", "A", "friendCode", "")).errors(code -> {
            throw new AssertionError("an empty code is not looked up");
        })).isEmpty();
    }

    @Test
    void aNameOfOnlyInvisibleCharactersIsRefusedAndControlCharactersAreRemoved() {
        for (String invisible : new String[] {"\u200B", "\u202E", "\u00A0\u3000", "\u0000\n"}) {
            assertThat(form(Map.of("firstName", invisible)).errors(code -> false)).containsOnlyKeys("firstName");
        }
        assertThat(form(Map.of("firstName", "An\u0000ouk\n\u202E")).details("en").firstName()).isEqualTo("Anouk");
        assertThat(form(Map.of("firstName", "\uD83D\uDE00".repeat(31))).errors(code -> false))
                .as("62 UTF-16 units: more than the field's maxlength lets through").containsOnlyKeys("firstName");
    }

    @Test
    void onlyADayOrOnlyAMonthAsksForBoth() {
        assertThat(form(Map.of("firstName", "A", "day", "12")).errors(code -> false).get("birthday").key())
                .isEqualTo("error.birthdayHalf");
        assertThat(form(Map.of("firstName", "A", "month", "5")).errors(code -> false).get("birthday").key())
                .isEqualTo("error.birthdayHalf");
    }

    @Test
    void errorsRepeatAtMostFortyCharactersOfWhatWasTyped() {
        JoinForm.Error e = form(Map.of("firstName", "A", "emailAddress", "x".repeat(1_000_000))).errors(code -> false)
                .get("emailAddress");
        assertThat((String) e.args()[0]).hasSize(41).endsWith("…");
    }
}
