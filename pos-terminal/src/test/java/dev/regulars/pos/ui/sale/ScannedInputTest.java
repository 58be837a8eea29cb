package dev.regulars.pos.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.IdentifyRequest;
import org.junit.jupiter.api.Test;

class ScannedInputTest {

    @Test
    void tellsScansFromTypedPhoneNumbers() {
        assertThat(ScannedInput.parse("RGR1:482100001234:01234567")).contains(
                new IdentifyRequest(IdentifyRequest.Method.ROTATING_CODE, "RGR1:482100001234:01234567"));
        assertThat(ScannedInput.parse("RC482100001234")).contains(
                new IdentifyRequest(IdentifyRequest.Method.CARD, "482100001234"));
        assertThat(ScannedInput.parse("rc-4821 ")).contains(new IdentifyRequest(IdentifyRequest.Method.CARD, "4821"));
        assertThat(ScannedInput.parse("06 1234 5678")).isEmpty();
        assertThat(ScannedInput.parse("+31612345678")).isEmpty();
    }
}
