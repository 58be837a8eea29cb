package dev.regulars.server.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** When an occurrence's outcome is due for measuring, with a 30-day window started 1 March 2026 at 10:00 UTC. */
class OutcomeScheduleTest {

    private static final Instant STARTED = Instant.parse("2026-03-01T10:00:00Z");

    private static OutcomeSchedule at(String now) {
        return new OutcomeSchedule(Clock.fixed(Instant.parse(now), ZoneOffset.UTC), 30);
    }

    @Test
    void anOccurrenceNeverMeasuredIsDueOnceItStartedNotBefore() {
        assertThat(at("2026-03-01T09:59:59Z").due(STARTED, null, false)).isFalse();
        assertThat(at("2026-03-01T10:00:00Z").due(STARTED, null, false)).isTrue();
        assertThat(at("2026-03-20T00:00:00Z").due(STARTED, null, false)).isTrue();
    }

    @Test
    void whileTheWindowIsOpenItIsMeasuredAgainAnHourAfterTheLastMeasure() {
        Instant measured = Instant.parse("2026-03-05T14:05:00Z");
        assertThat(at("2026-03-05T15:04:59Z").due(STARTED, measured, false)).isFalse();
        assertThat(at("2026-03-05T15:05:00Z").due(STARTED, measured, false)).isTrue();
        assertThat(at("2026-03-05T15:05:00Z").finalNow(STARTED)).isFalse();
    }

    @Test
    void theWindowClosesThirtyDaysOnAndAnHourLaterTheLastMeasureIsFinal() {
        // 30 days after 1 March 10:00 is 31 March 10:00; settled an hour later, at 11:00
        Instant measured = Instant.parse("2026-03-31T10:30:00Z");
        assertThat(at("2026-03-31T10:59:59Z").due(STARTED, measured, false)).isFalse();
        assertThat(at("2026-03-31T10:59:59Z").finalNow(STARTED)).isFalse();
        assertThat(at("2026-03-31T11:00:00Z").due(STARTED, measured, false)).isTrue();
        assertThat(at("2026-03-31T11:00:00Z").finalNow(STARTED)).isTrue();
        // a measure taken well before the close, the server down meanwhile: due at once, and final
        assertThat(at("2026-06-01T00:00:00Z").due(STARTED, Instant.parse("2026-03-10T00:00:00Z"), false)).isTrue();
    }

    @Test
    void aFinalMeasureIsNeverDueAgain() {
        Instant measured = Instant.parse("2026-03-31T11:00:00Z");
        assertThat(at("2026-04-01T11:00:00Z").due(STARTED, measured, true)).isFalse();
        assertThat(at("2027-01-01T00:00:00Z").due(STARTED, measured, true)).isFalse();
        // a rebuild sets it back to not final: measured once more, final again
        assertThat(at("2027-01-01T00:00:00Z").due(STARTED, measured, false)).isTrue();
        assertThat(at("2027-01-01T00:00:00Z").finalNow(STARTED)).isTrue();
    }
}
