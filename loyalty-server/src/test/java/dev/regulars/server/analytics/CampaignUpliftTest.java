package dev.regulars.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.regulars.core.campaigns.Uplift;
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
}
