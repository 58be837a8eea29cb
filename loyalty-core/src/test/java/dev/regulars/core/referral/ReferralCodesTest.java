package dev.regulars.core.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferralCodesTest {

    @Test
    void codesAreSixUnambiguousCharacters() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String code = ReferralCodes.newCode();
            assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}");
            codes.add(code);
        }
        assertThat(codes).hasSizeGreaterThan(990);
    }

    @Test
    void readsWhatPeopleType() {
        assertThat(ReferralCodes.normalize(" k7q-2md ")).contains("K7Q2MD");
        assertThat(ReferralCodes.normalize("K7Q2M0")).as("0 is not in the alphabet").isEmpty();
        assertThat(ReferralCodes.normalize("K7Q2M")).isEmpty();
        assertThat(ReferralCodes.normalize(null)).isEmpty();
    }
}
