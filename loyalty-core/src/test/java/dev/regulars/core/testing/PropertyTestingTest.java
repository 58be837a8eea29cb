package dev.regulars.core.testing;

import static dev.regulars.core.testing.PropertyTesting.DEFAULT_TRIES;
import static dev.regulars.core.testing.PropertyTesting.anyLong;
import static dev.regulars.core.testing.PropertyTesting.checkProperty;
import static dev.regulars.core.testing.PropertyTesting.ints;
import static dev.regulars.core.testing.PropertyTesting.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The properties elsewhere lean on these: enough tries, the ranges asked for, a failure that names its input. */
class PropertyTestingTest {

    private record Pair(int small, long large) {
    }

    @Test
    void runsThePropertyAtLeastTheTriesAskedForEvenWhenInputsRepeat() {
        List<Integer> seen = new ArrayList<>();

        int ran = checkProperty(DEFAULT_TRIES, ints(1, 12), seen::add);

        assertThat(ran).isGreaterThanOrEqualTo(DEFAULT_TRIES).isEqualTo(seen.size());
        assertThat(new TreeSet<>(seen)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(checkProperty(DEFAULT_TRIES, longs(-1_000_000_000_000L, 1_000_000_000_000L), l -> { }))
                .isGreaterThanOrEqualTo(DEFAULT_TRIES);
    }

    @Test
    void staysInItsRangeAndReachesItsEdges() {
        Set<Long> seen = new TreeSet<>();

        checkProperty(DEFAULT_TRIES, longs(-1_000_000, 5_000_000), seen::add);

        assertThat(seen).allSatisfy(l -> assertThat(l).isBetween(-1_000_000L, 5_000_000L))
                .contains(-1_000_000L, -999_999L, -1L, 0L, 1L, 4_999_999L, 5_000_000L);
        List<Long> any = new ArrayList<>();
        checkProperty(DEFAULT_TRIES, anyLong(), any::add);
        assertThat(any).contains(Long.MIN_VALUE, Long.MAX_VALUE, 0L);
    }

    @Test
    void aFailureNamesTheShrunkInputAndTheSeed() {
        assertThatThrownBy(() -> checkProperty(DEFAULT_TRIES, ints(0, 1_000).zip(anyLong(), Pair::new),
                p -> assertThat(p.small()).isLessThan(500)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Pair[small=500, large=0]")
                .hasMessageContaining("Expecting actual:")
                .hasMessageContaining("Seed was ");
    }
}
