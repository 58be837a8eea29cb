package dev.regulars.core.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitStatsTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T08:15:00Z");

    @Test
    void averagesTheCheckHalfUp() {
        assertThat(new VisitStats(3, 1_001, MONDAY, MONDAY.plus(Duration.ofDays(6))).averageCheckMinor())
                .isEqualTo(334);
        assertThat(new VisitStats(2, 701, MONDAY, MONDAY).averageCheckMinor()).isEqualTo(351);
        assertThat(new VisitStats(0, 0, null, null).averageCheckMinor()).isZero();
    }

    @Test
    void theUsualIntervalIsTheMeanGapBetweenVisits() {
        // four visits over twelve days: every four days
        VisitStats weekly = new VisitStats(4, 1_520, MONDAY, MONDAY.plus(Duration.ofDays(12)));
        assertThat(weekly.usualInterval()).contains(Duration.ofDays(4));
        assertThat(new VisitStats(1, 380, MONDAY, MONDAY).usualInterval()).isEmpty();
        assertThat(new VisitStats(0, 0, null, null).usualInterval()).isEmpty();
    }

    @Test
    void refusesFiguresThatCannotBe() {
        assertThatThrownBy(() -> new VisitStats(-1, 0, null, null)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new VisitStats(2, 700, MONDAY.plusSeconds(1), MONDAY))
                .hasMessageContaining("first not after last");
        assertThatThrownBy(() -> new VisitStats(1, 380, MONDAY, null)).hasMessageContaining("go together");
    }
}
