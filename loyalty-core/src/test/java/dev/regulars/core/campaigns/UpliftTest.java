package dev.regulars.core.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UpliftTest {

    @Test
    void theReturnRateDifferenceHasTheTextbookInterval() {
        // 420 of 1000 treated came back, 300 of 1000 held out
        Uplift.Group treated = new Uplift.Group(1000, 420, 0, 0, 0, 0);
        Uplift.Group heldOut = new Uplift.Group(1000, 300, 0, 0, 0, 0);

        Uplift.Difference d = Uplift.returnRate(treated, heldOut);

        // se = sqrt(.42 * .58 / 1000 + .3 * .7 / 1000) = sqrt(0.0004536) = 0.0212979
        assertThat(d.estimate()).isCloseTo(0.12, within(1e-12));
        assertThat(d.low()).isCloseTo(0.12 - 1.959964 * 0.0212979, within(1e-6));
        assertThat(d.high()).isCloseTo(0.12 + 1.959964 * 0.0212979, within(1e-6));
        assertThat(d.isPositive()).isTrue();
    }

    @Test
    void meansUseWelchsStandardError() {
        // treated: revenue 10, 20, 30 (mean 20, variance 100); held out: 10, 10 (mean 10, variance 0)
        Uplift.Group treated = new Uplift.Group(3, 3, 3, 3, 60, 100 + 400 + 900);
        Uplift.Group heldOut = new Uplift.Group(2, 2, 2, 2, 20, 200);

        Uplift.Difference d = Uplift.revenuePerCustomer(treated, heldOut);

        assertThat(d.treated()).isEqualTo(20.0);
        assertThat(d.heldOut()).isEqualTo(10.0);
        double se = Math.sqrt(100.0 / 3);
        assertThat(d.low()).isCloseTo(10 - 1.959964 * se, within(1e-9));
        assertThat(d.isPositive()).isFalse();
        assertThat(Uplift.visitsPerCustomer(treated, heldOut).estimate()).isZero();
    }

    @Test
    void anEmptyGroupGivesNoFigure() {
        Uplift.Group some = new Uplift.Group(10, 5, 5, 5, 100, 1000);
        Uplift.Group none = new Uplift.Group(0, 0, 0, 0, 0, 0);
        assertThat(Uplift.returnRate(some, none).estimate()).isNaN();
        assertThat(Uplift.revenuePerCustomer(none, some).low()).isNaN();
    }
}
