package dev.regulars.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dashboard's derived figures and periods, worked out by hand. */
class PeriodFiguresTest {

    @Test
    void sharesAndRatesFollowTheirDefinitions() {
        // 40 sales for 16,000 (minor units); 10 with a customer, of which 4 enrolled with the sale: 30 anonymous
        // sales and 4 enrolling ones were the chances to enroll; 12 first visits 30-60 days ago, 3 back
        PeriodFigures f = new PeriodFigures(40, 16_000, 10, 4, 1, 500, 800, 200, 6, 12, 3);
        assertThat(f.averageCheckMinor()).isEqualTo(400);
        assertThat(f.identifiedShare()).isEqualTo(0.25);
        assertThat(f.enrollmentRate()).isEqualTo(4.0 / 34);
        assertThat(f.repeatRate()).isEqualTo(0.25);
    }

    @Test
    void nothingToDivideByIsNoFigureNotZero() {
        PeriodFigures none = new PeriodFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(none.averageCheckMinor()).isZero();
        assertThat(none.identifiedShare()).isNull();
        assertThat(none.enrollmentRate()).isNull();
        assertThat(none.repeatRate()).isNull();
        // every sale to a known customer: no chance to enroll anyone
        assertThat(new PeriodFigures(5, 1000, 5, 0, 0, 0, 0, 0, 0, 0, 0).enrollmentRate()).isNull();
    }

    @Test
    void aPeriodAndThePeriodBeforeItAreTheSameLengthAndDoNotOverlap() {
        Period week = Period.lastDays(LocalDate.parse("2026-11-30"), 7);
        assertThat(week).isEqualTo(new Period(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-30")));
        assertThat(week.before()).isEqualTo(new Period(LocalDate.parse("2026-11-17"), LocalDate.parse("2026-11-23")));
        assertThat(week.days()).isEqualTo(7);
        assertThatThrownBy(() -> new Period(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-29")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
