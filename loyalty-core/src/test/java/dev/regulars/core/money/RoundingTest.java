package dev.regulars.core.money;

import static dev.regulars.core.testing.PropertyTesting.DEFAULT_TRIES;
import static dev.regulars.core.testing.PropertyTesting.checkProperty;
import static dev.regulars.core.testing.PropertyTesting.ints;
import static dev.regulars.core.testing.PropertyTesting.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void roundsHalvesAwayFromZero() {
        assertThat(Rounding.halfUp(5, 10)).isEqualTo(1);
        assertThat(Rounding.halfUp(4, 10)).isZero();
        assertThat(Rounding.halfUp(15, 10)).isEqualTo(2);
        assertThat(Rounding.halfUp(14, 10)).isEqualTo(1);
        assertThat(Rounding.halfUp(-15, 10)).isEqualTo(-2);
        assertThat(Rounding.halfUp(-14, 10)).isEqualTo(-1);
        assertThat(Rounding.halfUp(1, 2)).isEqualTo(1);
    }

    @Test
    void threePercentOfACoffee() {
        // 3 % of 3.50: 10.5 points, the customer gets 11
        assertThat(BasisPoints.percent(3).of(350)).isEqualTo(11);
        // 3 % of 3.49: 10.47 points
        assertThat(BasisPoints.percent(3).of(349)).isEqualTo(10);
        assertThat(new BasisPoints(350).toString()).isEqualTo("3.50 %");
    }

    @Test
    void refusesRatesOutsideZeroToHundredPercent() {
        assertThatThrownBy(() -> new BasisPoints(10_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BasisPoints(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rounding.halfUp(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The generated input of {@link #agreesWithBigDecimalHalfUp()}; a failure names its components. */
    private record HalfUpCase(long amount, int basisPoints) {
    }

    @Test
    void agreesWithBigDecimalHalfUp() {
        checkProperty(DEFAULT_TRIES,
                longs(-1_000_000_000_000L, 1_000_000_000_000L).zip(ints(0, 10_000), HalfUpCase::new),
                c -> agreesWithBigDecimalHalfUp(c.amount(), c.basisPoints()));
    }

    private static void agreesWithBigDecimalHalfUp(long amount, int basisPoints) {
        long expected = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(basisPoints))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact();
        assertThat(Rounding.applyBasisPoints(amount, basisPoints)).isEqualTo(expected);
    }
}
