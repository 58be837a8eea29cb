package dev.regulars.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.regulars.core.campaigns.Uplift;
import dev.regulars.server.campaigns.CampaignReport;
import dev.regulars.server.campaigns.MeasuredOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A campaign's occurrences pooled, worked out by hand. */
class CampaignUpliftTest {

    @Test
    void occurrencesAddUpAndTheUpliftIsTheReturnRatesDifference() {
        // two occurrences: 90 then 110 treated (200), 60 then 40 back (100: 50 %); 10 + 10 held out, 3 + 2 back (25 %)
        CampaignUplift c = CampaignUplift.of("c1", "Winback", "WINBACK")
                .plus(90, new Uplift.Group(90, 60, 80, 100, 90_000, 1e9), new Uplift.Group(10, 3, 4, 6, 2_000, 1e7))
                .plus(110, new Uplift.Group(110, 40, 50, 70, 60_000, 1e9), new Uplift.Group(10, 2, 2, 2, 1_000, 1e6));
        assertThat(c.occurrences()).isEqualTo(2);
        assertThat(c.sends()).isEqualTo(200);
        assertThat(c.returned()).isEqualTo(100);
        assertThat(c.revenueMinor()).isEqualTo(150_000);
        assertThat(c.treated().customers()).isEqualTo(200);
        assertThat(c.heldOut().customers()).isEqualTo(20);
        Uplift.Difference d = c.uplift();
        assertThat(d.treated()).isEqualTo(0.5);
        assertThat(d.heldOut()).isEqualTo(0.25);
        assertThat(d.estimate()).isCloseTo(0.25, within(1e-12));
        // se = sqrt(.5*.5/200 + .25*.75/20) = sqrt(0.00125 + 0.009375) = 0.103078...
        assertThat(d.low()).isCloseTo(0.25 - 1.959964 * 0.1030776, within(1e-6));
    }

    @Test
    void withoutAHoldoutThereIsNoUplift() {
        CampaignUplift c = CampaignUplift.of("c2", "News", "BROADCAST")
                .plus(5, new Uplift.Group(5, 2, 2, 2, 1_000, 1e6), new Uplift.Group(0, 0, 0, 0, 0, 0));
        assertThat(c.uplift()).isNull();
        assertThat(c.returned()).isEqualTo(2);
        assertThat(CampaignUplift.of("c3", "Never", "BIRTHDAY").uplift()).isNull();
    }

    @Test
    void storedOutcomesAddUpOnceMeasuredAndTheEarliestOpenMeasureIsSaid() {
        Uplift.Group one = new Uplift.Group(1, 1, 1, 1, 500, 250_000);
        Instant nine = Instant.parse("2026-03-05T09:00:00Z");
        Instant ten = Instant.parse("2026-03-05T10:00:00Z");
        CampaignReport.Outcome outcome = new CampaignReport.Outcome(one, one);
        CampaignUplift c = CampaignUplift.of("c4", "Daily", "WINBACK")
                .plus(3, new MeasuredOutcome(outcome, Instant.parse("2026-02-01T00:00:00Z"), true))
                .plus(4, new MeasuredOutcome(outcome, ten, false))
                .plus(5, new MeasuredOutcome(outcome, nine, false))
                .plus(6, new MeasuredOutcome(new CampaignReport.Outcome(none(), none()), null, false));
        // four occurrences, 18 sends; three measured: 3 treated back with 15.00; the open ones measured at 9 and 10
        assertThat(c.occurrences()).isEqualTo(4);
        assertThat(c.sends()).isEqualTo(18);
        assertThat(c.unmeasured()).isEqualTo(1);
        assertThat(c.returned()).isEqualTo(3);
        assertThat(c.revenueMinor()).isEqualTo(1500);
        assertThat(c.measuredAt()).isEqualTo(nine);
        assertThat(c.isFinal()).isFalse();
        CampaignUplift closed = CampaignUplift.of("c5", "Once", "BROADCAST")
                .plus(2, new MeasuredOutcome(outcome, ten, true));
        assertThat(closed.isFinal()).isTrue();
        assertThat(closed.measuredAt()).isNull();
    }

    private static Uplift.Group none() {
        return new Uplift.Group(0, 0, 0, 0, 0, 0);
    }
}
