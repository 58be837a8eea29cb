package dev.regulars.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ratings chart's weeks, worked out on a calendar by hand. */
class RatingWeeksTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void twelveMondayToSundayWeeksEndWithTheWeekOfToday() {
        // Monday 30 Nov 2026: the last week starts today; 11 weeks before it starts on Monday 14 Sep
        List<RatingWeeks.Week> weeks = RatingWeeks.upTo(LocalDate.of(2026, 11, 30), AMSTERDAM);
        assertThat(weeks).hasSize(12);
        assertThat(weeks.get(11).monday()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(weeks.get(0).monday()).isEqualTo(LocalDate.of(2026, 9, 14));
        // a Sunday belongs to the week of the Monday before it
        assertThat(RatingWeeks.upTo(LocalDate.of(2026, 12, 6), AMSTERDAM).get(11).monday())
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void boundsAreTheLocalMidnightsInUtcAcrossTheClockChange() {
        List<RatingWeeks.Week> weeks = RatingWeeks.upTo(LocalDate.of(2026, 11, 30), AMSTERDAM);
        // summer time (UTC+2) until Sunday 25 Oct 2026 03:00, winter time (UTC+1) after
        assertThat(weeks.get(0).start()).isEqualTo(LocalDateTime.of(2026, 9, 13, 22, 0));
        RatingWeeks.Week changing = weeks.get(5);
        assertThat(changing.monday()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(changing.start()).isEqualTo(LocalDateTime.of(2026, 10, 18, 22, 0));
        assertThat(changing.end()).isEqualTo(LocalDateTime.of(2026, 10, 25, 23, 0));
        assertThat(weeks.get(6).start()).isEqualTo(changing.end());
        assertThat(weeks.get(11).end()).isEqualTo(LocalDateTime.of(2026, 12, 6, 23, 0));
    }
}
