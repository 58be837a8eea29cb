package dev.regulars.core.identification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.identification.RotatingRedeemCode.Scanned;
import dev.regulars.core.identification.RotatingRedeemCode.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RotatingRedeemCodeTest {

    private static final byte[] SECRET = "card-secret-0123456789abcdef".getBytes();
    private static final Instant SHOWN = Instant.parse("2026-11-23T09:00:05Z");

    private static Scanned scan(String code) {
        return RotatingRedeemCode.parse(code).orElseThrow();
    }

    @Test
    void aFreshCodeIsAcceptedAroundItsWindow() {
        String code = RotatingRedeemCode.codeFor(SECRET, "4821", SHOWN);

        assertThat(code).matches("RGR1:4821:\\d{8}");
        assertThat(RotatingRedeemCode.verify(SECRET, scan(code), SHOWN)).isEqualTo(Verdict.VALID);
        assertThat(RotatingRedeemCode.verify(SECRET, scan(code), SHOWN.plusSeconds(50))).isEqualTo(Verdict.VALID);
        assertThat(RotatingRedeemCode.verify(SECRET, scan(code), SHOWN.minusSeconds(30))).isEqualTo(Verdict.VALID);
    }

    @Test
    void aScreenshotFromMinutesAgoIsRefusedAsExpired() {
        String code = RotatingRedeemCode.codeFor(SECRET, "4821", SHOWN);

        assertThat(RotatingRedeemCode.verify(SECRET, scan(code), SHOWN.plusSeconds(95))).isEqualTo(Verdict.EXPIRED);
        assertThat(RotatingRedeemCode.verify(SECRET, scan(code), SHOWN.plusSeconds(3600))).isEqualTo(Verdict.INVALID);
    }

    @Test
    void anotherCardsSecretOrAnEditedNumberDoesNotPass() {
        String code = RotatingRedeemCode.codeFor(SECRET, "4821", SHOWN);
        String edited = code.replace("RGR1:4821:", "RGR1:4822:");

        assertThat(RotatingRedeemCode.verify("other-secret-0123456789abcdef".getBytes(), scan(code), SHOWN))
                .isEqualTo(Verdict.INVALID);
        assertThat(RotatingRedeemCode.verify(SECRET, scan(edited), SHOWN)).isEqualTo(Verdict.INVALID);
        assertThat(RotatingRedeemCode.parse("4821")).isEmpty();
        assertThat(RotatingRedeemCode.parse("RGR1:4821:1234")).isEmpty();
    }
}
