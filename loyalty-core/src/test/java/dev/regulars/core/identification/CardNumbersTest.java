package dev.regulars.core.identification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardNumbersTest {

    @Test
    void readsNfcUidsAndPrintedNumbersWithTheirSeparators() {
        assertThat(CardNumbers.normalize("04:a2:3f:7c:11:80")).contains("04A23F7C1180");
        assertThat(CardNumbers.normalize(" 1234-5678 9012 ")).contains("123456789012");
    }

    @Test
    void refusesWhatIsNotACardNumber() {
        assertThat(CardNumbers.normalize("04a")).isEmpty();
        assertThat(CardNumbers.normalize("card#1234")).isEmpty();
        assertThat(CardNumbers.normalize("A".repeat(33))).isEmpty();
        assertThat(CardNumbers.normalize(null)).isEmpty();
        assertThat(CardNumbers.notACardNumber(" 04a ")).isEqualTo(
                "\"04a\" is not a card number (4 to 32 letters and digits)");
    }
}
