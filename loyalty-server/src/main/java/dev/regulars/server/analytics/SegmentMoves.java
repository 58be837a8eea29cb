package dev.regulars.server.analytics;

import dev.regulars.core.campaigns.RfmClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The moves between two snapshots of the segments as a transition matrix: a row per segment at the end of the month
 * before, a column per segment now, each cell the customers who moved so. {@link #NONE} as a row: not a customer
 * then (joined since); as a column: no longer a customer (merged into another record). Each row's total is the
 * segment's size then, each column's total its size now.
 *
 * @param segments the segments in order, {@link #NONE} last (rows and columns alike)
 * @param cells    customers, [from][to] in the order of {@code segments}
 */
public record SegmentMoves(List<String> segments, long[][] cells) {

    /** Not a customer in that snapshot. */
    public static final String NONE = "";

    /** Customers who moved from a segment to a segment ({@link #NONE}: not a customer then / now). */
    public record Move(String from, String to, long customers) {
    }

    /** Adds up the moves (of several stores, say) into the matrix of every {@link RfmClass} and {@link #NONE}. */
    public static SegmentMoves of(List<Move> moves) {
        List<String> segments = new ArrayList<>(Arrays.stream(RfmClass.values()).map(Enum::name).toList());
        segments.add(NONE);
        long[][] cells = new long[segments.size()][segments.size()];
        for (Move m : moves) {
            int from = segments.indexOf(m.from());
            int to = segments.indexOf(m.to());
            if (from < 0 || to < 0) {
                throw new IllegalArgumentException("not a segment: " + m);
            }
            cells[from][to] += m.customers();
        }
        return new SegmentMoves(List.copyOf(segments), cells);
    }

    /** Customers in the segment at the end of the month before (the row's total). */
    public long then(String segment) {
        return Arrays.stream(cells[segments.indexOf(segment)]).sum();
    }

    /** Customers in the segment now (the column's total). */
    public long now(String segment) {
        int to = segments.indexOf(segment);
        return Arrays.stream(cells).mapToLong(row -> row[to]).sum();
    }

    /** Customers who stayed in their segment. */
    public long stayed() {
        long stayed = 0;
        for (int i = 0; i < segments.size() - 1; i++) {
            stayed += cells[i][i];
        }
        return stayed;
    }

    /** The customers who moved from {@code from} to {@code to}. */
    public long cell(String from, String to) {
        return cells[segments.indexOf(from)][segments.indexOf(to)];
    }
}
