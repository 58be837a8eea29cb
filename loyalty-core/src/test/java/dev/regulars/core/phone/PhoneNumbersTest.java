package dev.regulars.core.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "+7 912 345-67-89   | RU | +79123456789",
            "8 (912) 345 67 89  | RU | +79123456789",
            "89123456789        | RU | +79123456789",
            "+7 912 345-67-89   | NL | +79123456789",
            "06-12345678        | NL | +31612345678",
            "+31 6 1234 5678    | NL | +31612345678",
            "0031 6 1234 5678   | NL | +31612345678",
            "+31 6 1234 5678    | RU | +31612345678",
            "(201) 555-0123     | US | +12015550123",
            "+44 7911 123456    | GB | +447911123456",
            "07911 123456       | GB | +447911123456",
    })
    void normalizesCommonFormatsToE164(String typed, String region, String e164) {
        assertThat(PhoneNumbers.normalize(typed, region).e164()).isEqualTo(e164);
    }

    @Test
    void explainsGarbage() {
        assertThatThrownBy(() -> PhoneNumbers.normalize("coffee", "RU"))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessage("\"coffee\" is not a phone number");
        assertThatThrownBy(() -> PhoneNumbers.normalize("", "RU"))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessage("Enter a phone number");
        assertThatThrownBy(() -> PhoneNumbers.normalize("8 912 345", "RU"))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessage("\"8 912 345\" is not a valid phone number in RU (check the number of digits)");
        assertThatThrownBy(() -> PhoneNumbers.normalize("+999 1234 5678", "NL"))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessage("\"+999 1234 5678\" has an unknown country code");
        assertThatThrownBy(() -> PhoneNumbers.normalize("06-1234", "NL"))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessageContaining("is not a valid phone number in NL");
    }

    @Test
    void masksForLogsAndFormatsForPeople() {
        PhoneNumber phone = PhoneNumbers.normalize("8 (912) 345 67 89", "RU");
        assertThat(phone.masked()).isEqualTo("+7******6789");
        assertThat(phone.toString()).doesNotContain("912345");
        assertThat(PhoneNumbers.formatInternational(phone)).isEqualTo("+7 912 345-67-89");
    }

    @Test
    void hashesTheSameNumberTheSameWayWhateverItsTypedForm() {
        PhoneHmac hmac = new PhoneHmac("0123456789abcdef0123456789abcdef".getBytes());
        String typedOneWay = hmac.of(PhoneNumbers.normalize("+7 912 345-67-89", "RU"));
        String typedAnother = hmac.of(PhoneNumbers.normalize("8 (912) 345 67 89", "RU"));
        String otherNumber = hmac.of(PhoneNumbers.normalize("8 (912) 345 67 80", "RU"));

        assertThat(typedOneWay).isEqualTo(typedAnother).isNotEqualTo(otherNumber).hasSize(43);
    }
}
