package dev.regulars.server.analytics.web;

import dev.regulars.core.campaigns.RfmClass;
import dev.regulars.server.analytics.Scope;
import dev.regulars.server.analytics.SegmentFigures;
import dev.regulars.server.analytics.SegmentMoves;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/**
 * The Segments page's tables as CSV rows (for {@link FiguresCsvServlet}), from the latest snapshot: segments, the
 * R x F grid and the moves since the end of last month. No snapshot yet: the header only.
 */
final class SegmentsCsv {

    /** The tables there are. */
    static final List<String> TABLES = List.of("segments", "rfm-grid", "segment-moves");

    private SegmentsCsv() {
    }

    /**
     * @param table    one of {@link #TABLES}
     * @param fraction the currency's fraction digits (money as decimal amounts)
     */
    static void print(CSVPrinter csv, String table, SegmentFigures figures, Scope scope, int fraction)
            throws IOException {
        SegmentFigures.Latest latest = figures.latest(scope.businessId());
        switch (table) {
            case "segments" -> {
                csv.printRecord("month", "segment", "customers", "visits", "revenue", "customers_end_of_last_month");
                if (latest == null) {
                    return;
                }
                Map<String, SegmentFigures.Size> before = figures.sizes(scope, latest.month().minusMonths(1)).stream()
                        .collect(Collectors.toMap(SegmentFigures.Size::segment, s -> s));
                Map<String, SegmentFigures.Size> now = figures.sizes(scope, latest.month()).stream()
                        .collect(Collectors.toMap(SegmentFigures.Size::segment, s -> s));
                for (RfmClass c : RfmClass.values()) {
                    SegmentFigures.Size s = now.get(c.name());
                    SegmentFigures.Size b = before.get(c.name());
                    csv.printRecord(latest.month(), c.name(), s == null ? 0 : s.customers(), s == null ? 0 : s.visits(),
                            java.math.BigDecimal.valueOf(s == null ? 0 : s.spendMinor(), fraction).toPlainString(),
                            before.isEmpty() ? "" : b == null ? 0 : b.customers());
                }
            }
            case "rfm-grid" -> {
                csv.printRecord("month", "r", "f", "customers", "average_m");
                if (latest == null) {
                    return;
                }
                for (SegmentFigures.Cell c : figures.grid(scope, latest.month()).stream().sorted(
                        java.util.Comparator.comparing(SegmentFigures.Cell::r).reversed()
                                .thenComparing(SegmentFigures.Cell::f)).toList()) {
                    csv.printRecord(latest.month(), c.r(), c.f(), c.customers(), String.format(java.util.Locale.ROOT,
                            "%.2f", (double) c.mSum() / c.customers()));
                }
            }
            default -> {
                csv.printRecord("month", "from_end_of_last_month", "to_now", "customers");
                if (latest == null) {
                    return;
                }
                SegmentMoves moves = figures.moves(scope, latest.month());
                for (String from : moves.segments()) {
                    for (String to : moves.segments()) {
                        if (moves.cell(from, to) > 0) {
                            csv.printRecord(latest.month(), from.isEmpty() ? "joined" : from,
                                    to.isEmpty() ? "gone" : to, moves.cell(from, to));
                        }
                    }
                }
            }
        }
    }
}
