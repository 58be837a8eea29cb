package dev.regulars.core.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RfmClassTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void aCustomerWithoutAVisitHasNone() {
        assertThat(RfmClass.of(null, null, 0, NOW)).isEqualTo(RfmClass.NO_VISIT);
    }

    @Test
    void frequentAndRecentIsAChampionUntilTwoWeeksPass() {
        assertThat(RfmClass.of(daysAgo(300), daysAgo(3), 25, NOW)).isEqualTo(RfmClass.CHAMPION);
        assertThat(RfmClass.of(daysAgo(300), daysAgo(14), 10, NOW)).isEqualTo(RfmClass.CHAMPION);
        assertThat(RfmClass.of(daysAgo(300), daysAgo(15), 25, NOW)).isEqualTo(RfmClass.LOYAL);
        assertThat(RfmClass.of(daysAgo(300), daysAgo(3), 9, NOW)).isEqualTo(RfmClass.LOYAL);
    }

    @Test
    void aRegularWhoStopsComingIsAtRiskThenHibernates() {
        assertThat(RfmClass.of(daysAgo(400), daysAgo(46), 30, NOW)).isEqualTo(RfmClass.AT_RISK);
        assertThat(RfmClass.of(daysAgo(400), daysAgo(180), 30, NOW)).isEqualTo(RfmClass.AT_RISK);
        assertThat(RfmClass.of(daysAgo(400), daysAgo(181), 30, NOW)).isEqualTo(RfmClass.HIBERNATING);
        assertThat(RfmClass.of(daysAgo(400), daysAgo(200), 2, NOW)).isEqualTo(RfmClass.HIBERNATING);
    }

    @Test
    void aFirstVisitThisMonthIsNewAndAFewOldVisitsAreOccasional() {
        assertThat(RfmClass.of(daysAgo(10), daysAgo(2), 3, NOW)).isEqualTo(RfmClass.NEW);
        assertThat(RfmClass.of(daysAgo(31), daysAgo(2), 3, NOW)).isEqualTo(RfmClass.OCCASIONAL);
        assertThat(RfmClass.of(daysAgo(90), daysAgo(60), 4, NOW)).isEqualTo(RfmClass.OCCASIONAL);
    }
}
