package dev.regulars.server.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UpdateTagsTest {

    @Test
    void aTagIsTheMicrosecondsOrOneMoreThanTheLastWhenTheClockDidNotMovePastIt() {
        Instant now = Instant.parse("2026-11-30T10:00:00.123456789Z");
        long micros = 1_796_032_800_123_456L;

        assertThat(UpdateTags.next(0, now)).isEqualTo(micros);
        assertThat(UpdateTags.next(micros, now)).as("two changes in one microsecond").isEqualTo(micros + 1);
        assertThat(UpdateTags.next(micros + 500, now.minusSeconds(60))).as("a clock set back")
                .isEqualTo(micros + 501);
    }
}
