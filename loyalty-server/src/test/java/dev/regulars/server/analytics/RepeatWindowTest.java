package dev.regulars.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.server.analytics.RetentionFigures.RepeatRow;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a month's "came back within N days" is final, at the boundary, by hand. */
class RepeatWindowTest {

    private static final LocalDate OCT_31 = LocalDate.parse("2026-10-31");

    @Test
    void aWindowThatEndsTodayIsNotOverBecauseAVisitTodayStillCounts() {
        // first visit 31 Oct + 30 days = 30 Nov: a second visit on 30 Nov is "within 30 days"
        assertThat(new CustomerHistory.Facts("s", OCT_31, LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30"),
                2, 2, 0, java.util.Map.of()).backWithin(30)).isTrue();
        assertThat(RepeatRow.windowOver(OCT_31, 30, LocalDate.parse("2026-11-30"))).isFalse();
        assertThat(RepeatRow.windowOver(OCT_31, 30, LocalDate.parse("2026-12-01"))).isTrue();
        assertThat(RepeatRow.windowOver(OCT_31, 60, LocalDate.parse("2026-12-30"))).isFalse();
        assertThat(RepeatRow.windowOver(OCT_31, 60, LocalDate.parse("2026-12-31"))).isTrue();
    }
}
