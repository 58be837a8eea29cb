package dev.regulars.pos.sale;

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
        assertThat(ScannedInput.parse("rc-ab12")).contains(new IdentifyRequest(IdentifyRequest.Method.CARD, "AB12"));
        assertThat(ScannedInput.parse("06 1234 5678")).isEmpty();
        assertThat(ScannedInput.parse("+31612345678")).isEmpty();
    }

    @Test
    void readsACardNumberScannedOrTypedFromThePrint() {
        assertThat(ScannedInput.cardNumber("RC-4821 0000 1234")).contains("482100001234");
        assertThat(ScannedInput.cardNumber("rc12")).isEmpty();
        assertThat(ScannedInput.cardNumber("RC482100001234")).contains("482100001234");
        assertThat(ScannedInput.cardNumber("4821 0000 1234")).contains("482100001234");
        assertThat(ScannedInput.cardNumber("48#21")).isEmpty();
    }
}
