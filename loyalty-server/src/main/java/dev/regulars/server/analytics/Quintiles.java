package dev.regulars.server.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Quintile scores 1-5 of one measure over a business's customers with a visit, the larger value the better (so
 * recency is scored on minus the days since the last visit). Sorted ascending, a value's score is 1 + floor(5 *
 * customers with a smaller value / all customers): ties share a score, the one of the first of them in that order,
 * so a quintile can hold more or less than a fifth (and a score can be missing when one value fills more than a
 * fifth). Equivalently, the score is 1 + how many of the four cut values (the values at sorted positions
 * ceil(k*n/5) - 1, k = 1..4, see {@link #positions}) it is greater than, which is how the snapshot scores in SQL.
 *
 * @param cuts the four cut values, ascending (empty: nobody to score)
 */
public record Quintiles(List<Long> cuts) {

    public Quintiles {
        cuts = List.copyOf(cuts);
    }

    /** The 0-based positions, in ascending order of the measure, of the four cut values among {@code n} customers. */
    public static int[] positions(long n) {
        if (n == 0) {
            return new int[0];
        }
        int[] at = new int[4];
        for (int k = 1; k <= 4; k++) {
            at[k - 1] = (int) ((k * n + 4) / 5 - 1);
        }
        return at;
    }

    /** The quintiles of these values (any order). */
    public static Quintiles of(long... values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        List<Long> cuts = new ArrayList<>();
        for (int at : positions(sorted.length)) {
            cuts.add(sorted[at]);
        }
        return new Quintiles(cuts);
    }

    /** 1-5 (the best 5). */
    public int score(long value) {
        int score = 1;
        for (long cut : cuts) {
            score += value > cut ? 1 : 0;
        }
        return score;
    }

    /** The same score as an SQL expression on {@code measure} (an expression of whole numbers). */
    public String sql(String measure) {
        StringBuilder sql = new StringBuilder("1");
        for (long cut : cuts) {
            sql.append(" + (").append(measure).append(" > ").append(cut).append(')');
        }
        return sql.toString();
    }
}
