package dev.regulars.core.testing;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property-based tests on QuickTheories, written as ordinary JUnit 5 {@code @Test} methods.
 *
 * <p>A property takes its generated input as one record, so that a failure reports the smallest falsifying input
 * QuickTheories shrank it to with the name of every component ({@code HalfUpCase[amount=0, basisPoints=1]}), then
 * the assertion that failed and the seed. {@code -DQT_SEED=<seed>} runs the same inputs again;
 * {@code -DQT_EXAMPLES=<n>} asks for more tries than a property's own.
 */
public final class PropertyTesting {

    /** Tries per property unless it asks for more: 1000, what the properties always ran with. */
    public static final int DEFAULT_TRIES = 1_000;

    /** Of every 100 generated numbers, how many are one of their range's edge cases. */
    private static final int EDGE_CASE_PERCENT = 10;

    /** Of every 100 generated numbers, how many are spread over the orders of magnitude rather than uniformly. */
    private static final int MAGNITUDE_PERCENT = 20;

    private PropertyTesting() {
    }

    /**
     * Checks {@code property} on at least {@code tries} generated inputs, failing with the shrunk input on the first
     * that falsifies it (throws). QuickTheories skips an input it already tried in a run; more runs, on the next
     * seeds, make up for those, so the property really runs {@code tries} times or more. A failure prints the seed of
     * its run: {@code -DQT_SEED=<that seed>} runs the same inputs first.
     *
     * @return how many times the property ran
     */
    public static <T> int checkProperty(int tries, Gen<T> inputs, Consumer<T> property) {
        int wanted = Math.max(tries, Integer.getInteger("QT_EXAMPLES", 0));
        long seed = Long.getLong("QT_SEED", System.nanoTime());
        int ran = 0;
        for (int round = 0; ran < wanted; round++) {
            AtomicInteger calls = new AtomicInteger();
            qt().withFixedSeed(seed + round)
                    .withExamples(wanted - ran)
                    .forAll(inputs)
                    .checkAssert(input -> {
                        calls.incrementAndGet();
                        property.accept(input);
                    });
            if (calls.get() == 0) {
                break;
            }
            ran += calls.get();
        }
        return ran;
    }

    /**
     * Longs in {@code [min, max]}, shrinking towards 0 (or the bound nearest to it). Most are uniform in the range;
     * some are spread evenly over the orders of magnitude of their distance from 0, so that small numbers come up as
     * often as large ones; some are the range's edge cases: the bounds, their neighbours, 0 and ±1 where in range.
     */
    public static Gen<Long> longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
        }
        long target = Math.max(min, Math.min(max, 0L));
        List<Long> edges = edgeCases(min, max);
        Gen<Long> percent = Generate.longRange(0, 99);
        Gen<Long> uniform = Generate.longRange(min, max);
        // All three kinds are made from the same uniform value, each growing with it: shrinking the first draw
        // towards 0 turns the other kinds into uniform ones, so a failure found on any kind shrinks like any other.
        return in -> {
            long kind = percent.generate(in);
            long value = uniform.generate(in);
            if (kind >= 100 - EDGE_CASE_PERCENT) {
                return edges.get(shareOf(value, min, max, edges.size()));
            }
            if (kind >= 100 - EDGE_CASE_PERCENT - MAGNITUDE_PERCENT) {
                return spreadOverMagnitudes(value, min, max, target);
            }
            return value;
        };
    }

    /** Ints in {@code [min, max]}, generated and shrunk like {@link #longs(long, long)}. */
    public static Gen<Integer> ints(int min, int max) {
        return longs(min, max).map((Long l) -> Math.toIntExact(l));
    }

    /** Any long, edge cases ({@code Long.MIN_VALUE}, {@code Long.MAX_VALUE}, 0, ±1 and their neighbours) included. */
    public static Gen<Long> anyLong() {
        return longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** The edge cases of {@code [min, max]}, ascending. */
    static List<Long> edgeCases(long min, long max) {
        Set<Long> cases = new TreeSet<>(List.of(min, max));
        if (min < max) {
            cases.add(min + 1);
            cases.add(max - 1);
        }
        for (long near : new long[] {-1, 0, 1}) {
            if (near >= min && near <= max) {
                cases.add(near);
            }
        }
        return new ArrayList<>(cases);
    }

    /**
     * Moves {@code value} towards {@code target} so that, for values uniform in {@code [min, max]}, the order of
     * magnitude of the distance to the target is uniform instead. Keeps the side and the order of values.
     */
    private static long spreadOverMagnitudes(long value, long min, long max, long target) {
        double distance = (double) value - (double) target;
        double span = distance >= 0 ? (double) max - (double) target : (double) target - (double) min;
        if (span == 0) {
            return target;
        }
        double spread = Math.floor(Math.expm1(Math.log1p(span) * Math.abs(distance) / span));
        double moved = distance >= 0 ? target + spread : target - spread;
        return Math.max(min, Math.min(max, (long) moved));
    }

    /** Which of {@code shares} equal parts of {@code [min, max]} holds {@code value}, lowest first. */
    private static int shareOf(long value, long min, long max, int shares) {
        double fraction = ((double) value - (double) min) / ((double) max - (double) min + 1);
        return Math.min(shares - 1, (int) (fraction * shares));
    }
}
