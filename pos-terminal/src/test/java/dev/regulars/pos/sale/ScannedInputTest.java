package dev.regulars.pos.sale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScannedInputTest {

    @Test
    void aRotatingCodeGoesToTheServerAsScanned() {
        assertThat(ScannedInput.read(" RGR1:482100001234:01234567 "))
                .isEqualTo(new ScannedInput.RotatingCode("RGR1:482100001234:01234567"));
    }

    /** Issue 8: "RC 0042 7788" typed from the print fell into phone parsing ("unknown country code"). */
    @ParameterizedTest
    @ValueSource(strings = {"RC 0042 7788", "RC-00427788", "rc00427788", "rc-0042-7788", " RC0042 7788 ",
            "RC\u00a00042\u00a07788", "RC\t0042 7788", "Rc:0042.7788", "RC/0042/7788"})
    void aCardWrittenAsPrintedIsACardInAnySpellingNeverAPhone(String typed) {
        assertThat(ScannedInput.read(typed)).isEqualTo(new ScannedInput.Card("00427788"));
    }

    @Test
    void aPrintedCardMayCarryLettersAndAPhoneAfterRcIsStillACard() {
        assertThat(ScannedInput.read("RC482100001234")).isEqualTo(new ScannedInput.Card("482100001234"));
        assertThat(ScannedInput.read("rc-ab12")).isEqualTo(new ScannedInput.Card("AB12"));
        // libphonenumber would skip the letters and read a valid Dutch mobile number here
        assertThat(ScannedInput.read("RC 06 1234 5678")).isEqualTo(new ScannedInput.Card("0612345678"));
    }

    @Test
    void rcWithoutACardNumberAfterItSaysSoInsteadOfTryingAPhone() {
        assertThat(ScannedInput.read("rc12")).isEqualTo(new ScannedInput.NotACard(
                "\"rc12\" is not a card number (4 to 32 letters and digits, after an optional RC)"));
        assertThat(ScannedInput.read("RC 0042 77#8")).isEqualTo(new ScannedInput.NotACard(
                "\"RC 0042 77#8\" is not a card number (4 to 32 letters and digits, after an optional RC)"));
        assertThat(ScannedInput.read("RC")).isInstanceOf(ScannedInput.NotACard.class);
    }

    @Test
    void digitsAreAPhoneFirstAndACardIfTheyCanBeOne() {
        assertThat(ScannedInput.read("06 1234 5678")).isEqualTo(new ScannedInput.PhoneFirst("06 1234 5678",
                "0612345678"));
        assertThat(ScannedInput.read(" 0042 7788 ")).isEqualTo(new ScannedInput.PhoneFirst("0042 7788", "00427788"));
        assertThat(ScannedInput.read("0042-7788")).isEqualTo(new ScannedInput.PhoneFirst("0042-7788", "00427788"));
        assertThat(ScannedInput.read("04:a2:3f:7c")).isEqualTo(new ScannedInput.PhoneFirst("04:a2:3f:7c",
                "04A23F7C"));
    }

    @Test
    void whatCannotBeACardIsOnlyAPhone() {
        assertThat(ScannedInput.read("+31612345678")).isEqualTo(new ScannedInput.PhoneFirst("+31612345678", null));
        assertThat(ScannedInput.read("12")).isEqualTo(new ScannedInput.PhoneFirst("12", null));
        // a name typed by mistake is no card: it has no digit
        assertThat(ScannedInput.read("Eva Jansen")).isEqualTo(new ScannedInput.PhoneFirst("Eva Jansen", null));
        assertThat(ScannedInput.read(null)).isEqualTo(new ScannedInput.PhoneFirst("", null));
    }

    @Test
    void aWalletPassScanIsACard() {
        // what a Wallet pass's barcode and the card page's number hold (CardNumbers.printed)
        assertThat(ScannedInput.read("RC 5096 4122 5934")).isEqualTo(new ScannedInput.Card("509641225934"));
    }
}
