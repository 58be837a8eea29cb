package dev.regulars.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code ?days=} a figure page takes, and what it refuses. */
class PeriodChoiceTest {

    @Test
    void sevenAndThirtyAreTakenNothingIsSeven() {
        assertThat(PeriodChoice.of(null)).isEqualTo(new PeriodChoice(7, false));
        assertThat(PeriodChoice.of("")).isEqualTo(new PeriodChoice(7, false));
        assertThat(PeriodChoice.of("7")).isEqualTo(new PeriodChoice(7, false));
        assertThat(PeriodChoice.of("30")).isEqualTo(new PeriodChoice(30, false));
    }

    @Test
    void anythingElseIsRefusedAndSevenShown() {
        for (String bad : new String[] {"abc", "-1", "0", "365", "x".repeat(5_000), "30.0", "07"}) {
            assertThat(PeriodChoice.of(bad)).as(bad.length() > 10 ? "a long value" : bad)
                    .isEqualTo(new PeriodChoice(7, true));
        }
    }
}
