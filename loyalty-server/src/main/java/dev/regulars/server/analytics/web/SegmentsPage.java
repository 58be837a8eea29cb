package dev.regulars.server.analytics.web;

import dev.regulars.core.campaigns.RfmClass;
import dev.regulars.core.money.Money;
import dev.regulars.server.analytics.Scope;
import dev.regulars.server.analytics.SegmentFigures;
import dev.regulars.server.analytics.SegmentMoves;
import dev.regulars.server.platform.web.AdminTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The RFM segments (admin/segments.xhtml) from the latest snapshot ({@link SegmentFigures}): the named segments with
 * their change since the end of last month and a link to a campaign for each, the R x F grid as a heat map, the moves
 * since the end of last month, and the sizes at the end of the last 12 months; filters as on the other figure pages
 * ({@code ?line=ID&store=ID}: customers by the store of their latest visit).
 */
@Named("segments")
@RequestScoped
public class SegmentsPage {

    static final int MONTHS = 12;

    @Inject
    private SegmentFigures figures;
    @Inject
    private FigureFilters filters;

    private Scope scope;
    private SegmentFigures.Latest latest;
    private Currency currency;
    /** Read once a request: the page asks for them more than once (rendered, then value). */
    private List<SegmentRow> rows;
    private List<GridRow> grid;
    private List<MoveRow> moves;

    /**
     * A named segment's row: its words (the campaign criterion's), size now, share of all customers in view, revenue
     * per customer, average check, change since the end of last month, and the campaign editor's address for it.
     */
    public record SegmentRow(String id, String name, String customers, String share, String revenuePerCustomer,
                             String averageCheck, String change, String campaign) {
    }

    /** A cell of the R x F grid: customers, the average M score, the shade 0..4 (none: empty). */
    public record GridCell(String customers, String averageM, String shade) {
    }

    /** A row of the grid: the recency score and the cells for frequency 1 to 5. */
    public record GridRow(int r, List<GridCell> cells) {
    }

    /** A row of the moves: from a segment, customers to each segment (in {@link #getSegmentNames()} order + gone). */
    public record MoveRow(String from, List<String> cells, String total) {
    }

    /** A month's sizes, in {@link #getSegmentNames()} order. */
    public record HistoryRow(String month, List<String> sizes) {
    }

    private void load() {
        if (scope != null) {
            return;
        }
        scope = filters.getScope();
        currency = filters.currency();
        latest = figures.latest(scope.businessId());
    }

    /** When the figures were measured, in the business's zone; null when never yet. */
    public String getTakenAt() {
        load();
        return latest == null ? null : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", AdminTexts.locale())
                .format(latest.takenAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(filters.zone()));
    }

    /** The segments' short names, in RfmClass order: the columns of the moves and the history. */
    public List<String> getSegmentNames() {
        return Arrays.stream(RfmClass.values()).map(c -> AdminTexts.get("segments.name." + c.name())).toList();
    }

    public List<SegmentRow> getRows() {
        load();
        if (rows == null) {
            rows = latest == null ? List.of() : rows();
        }
        return rows;
    }

    private List<SegmentRow> rows() {
        Map<String, SegmentFigures.Size> now = bySegment(figures.sizes(scope, latest.month()));
        Map<String, SegmentFigures.Size> before = bySegment(figures.sizes(scope, latest.month().minusMonths(1)));
        long all = now.values().stream().mapToLong(SegmentFigures.Size::customers).sum();
        List<SegmentRow> out = new ArrayList<>();
        for (RfmClass c : RfmClass.values()) {
            SegmentFigures.Size s = now.getOrDefault(c.name(), new SegmentFigures.Size(c.name(), 0, 0, 0));
            SegmentFigures.Size b = before.get(c.name());
            long change = s.customers() - (b == null ? 0 : b.customers());
            out.add(new SegmentRow(c.name(), AdminTexts.get("campaign.rfm." + c.name()),
                    String.valueOf(s.customers()),
                    FiguresPage.percent(all == 0 ? null : (double) s.customers() / all),
                    money(s.customers() == 0 ? null : s.spendMinor() / s.customers()),
                    money(s.visits() == 0 ? null : s.spendMinor() / s.visits()),
                    before.isEmpty() ? "–" : change > 0 ? "▲ +" + change : change < 0 ? "▼ " + change : "＝ 0",
                    "campaign.xhtml?kind=BROADCAST&rfm=" + c.name()
                            + (scope.storeId() == null ? "" : "&store=" + scope.storeId())));
        }
        return out;
    }

    /** R 5 (latest visits) at the top to R 1; F 1 to 5 from left to right. */
    public List<GridRow> getGrid() {
        load();
        if (grid == null) {
            grid = latest == null ? List.of() : grid();
        }
        return grid;
    }

    private List<GridRow> grid() {
        List<SegmentFigures.Cell> cells = figures.grid(scope, latest.month());
        long most = cells.stream().mapToLong(SegmentFigures.Cell::customers).max().orElse(0);
        List<GridRow> out = new ArrayList<>();
        for (int r = 5; r >= 1; r--) {
            List<GridCell> row = new ArrayList<>();
            for (int f = 1; f <= 5; f++) {
                int rr = r;
                int ff = f;
                row.add(cells.stream().filter(c -> c.r() == rr && c.f() == ff).findFirst()
                        .map(c -> new GridCell(String.valueOf(c.customers()), String.format(AdminTexts.locale(),
                                "%.1f", (double) c.mSum() / c.customers()),
                                String.valueOf(Math.min(4, (int) (c.customers() * 5 / most)))))
                        .orElse(new GridCell("", "", "none")));
            }
            out.add(new GridRow(r, row));
        }
        return out;
    }

    /** The moves since the end of last month: a row per segment then (and the ones who joined), empty if unknown. */
    public List<MoveRow> getMoves() {
        load();
        if (moves == null) {
            moves = latest == null || figures.sizes(scope, latest.month().minusMonths(1)).isEmpty() ? List.of()
                    : moves();
        }
        return moves;
    }

    private List<MoveRow> moves() {
        SegmentMoves matrix = figures.moves(scope, latest.month());
        List<MoveRow> out = new ArrayList<>();
        for (String from : matrix.segments()) {
            out.add(new MoveRow(from.isEmpty() ? AdminTexts.get("segments.moves.joined")
                    : AdminTexts.get("segments.name." + from), matrix.segments().stream()
                    .map(to -> String.valueOf(matrix.cell(from, to))).toList(), String.valueOf(matrix.then(from))));
        }
        List<String> totals = matrix.segments().stream().map(to -> String.valueOf(matrix.now(to))).toList();
        out.add(new MoveRow(AdminTexts.get("segments.moves.now"), totals, ""));
        return out;
    }

    /** The sizes at the end of each of the last 12 months (the running month: now), from the first snapshot on. */
    public List<HistoryRow> getHistory() {
        load();
        if (latest == null) {
            return List.of();
        }
        Map<YearMonth, Map<String, Long>> months = history();
        return months.entrySet().stream().map(e -> new HistoryRow(month(e.getKey()), Arrays.stream(RfmClass.values())
                .map(c -> String.valueOf(e.getValue().getOrDefault(c.name(), 0L))).toList())).toList();
    }

    /** The history as lines, one per segment, an SVG element. */
    public String getHistoryChart() {
        load();
        Map<YearMonth, Map<String, Long>> months = history();
        List<Charts.Series> series = Arrays.stream(RfmClass.values()).map(c -> new Charts.Series(
                AdminTexts.get("segments.name." + c.name()), months.values().stream()
                .map(m -> (Number) m.getOrDefault(c.name(), 0L)).toList())).toList();
        return Charts.lines(AdminTexts.get("segments.history.chart"), months.keySet().stream().map(SegmentsPage::month)
                .toList(), AdminTexts.get("segments.col.customers"), series);
    }

    private Map<YearMonth, Map<String, Long>> history() {
        Map<YearMonth, Map<String, Long>> months = new java.util.TreeMap<>();
        if (latest == null) {
            return months;
        }
        for (Object[] r : figures.history(scope, latest.month().minusMonths(MONTHS - 1), latest.month())) {
            months.computeIfAbsent((YearMonth) r[0], m -> new java.util.HashMap<>()).put((String) r[1], (Long) r[2]);
        }
        return months;
    }

    private static Map<String, SegmentFigures.Size> bySegment(List<SegmentFigures.Size> sizes) {
        return sizes.stream().collect(Collectors.toMap(SegmentFigures.Size::segment, s -> s));
    }

    private String money(Long minor) {
        return minor == null ? "–" : new Money(minor, currency).format(AdminTexts.locale());
    }

    private static String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLL yyyy", AdminTexts.locale()).format(month);
    }
}
