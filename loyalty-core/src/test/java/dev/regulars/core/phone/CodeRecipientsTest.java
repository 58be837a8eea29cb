package dev.regulars.core.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeRecipientsTest {

    @Test
    void mobileNumbersOfAllowedCountriesGetCodes() {
        assertThat(CodeRecipients.refusal(new PhoneNumber("+31649000001"), Set.of("NL"))).isEmpty();
        assertThat(CodeRecipients.refusal(new PhoneNumber("+32470123456"), Set.of("NL", "BE"))).isEmpty();
        assertThat(CodeRecipients.refusal(new PhoneNumber("+12015550123"), Set.of("US")))
                .as("FIXED_LINE_OR_MOBILE").isEmpty();
    }

    @Test
    void landlinesAndPremiumRateNumbersGetNone() {
        assertThat(CodeRecipients.refusal(new PhoneNumber("+31201234567"), Set.of("NL")))
                .as("an Amsterdam landline").contains("phone.notMobile");
        assertThat(CodeRecipients.refusal(new PhoneNumber("+31909123456"), Set.of("NL")))
                .as("0909: premium rate").contains("phone.notMobile");
    }

    @Test
    void otherCountriesGetNoneUnlessAllowed() {
        assertThat(CodeRecipients.refusal(new PhoneNumber("+32470123456"), Set.of("NL")))
                .contains("phone.countryNotAllowed");
        assertThat(CodeRecipients.refusal(new PhoneNumber("+447400123456"), Set.of("NL")))
                .contains("phone.countryNotAllowed");
    }
}
