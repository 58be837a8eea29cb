package dev.regulars.server.analytics.web;

import dev.regulars.core.money.Money;
import dev.regulars.server.analytics.RetentionFigures;
import dev.regulars.server.analytics.Scope;
import dev.regulars.server.platform.web.AdminTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * How many come back (admin/retention.xhtml): the repeat rate by month of first visit, with a chart, and the cohort
 * matrix as a heat map (the darker the cell, the larger the share still buying), over the last 12 months;
 * filters as on the dashboard ({@code ?line=ID&store=ID}).
 */
@Named("retention")
@RequestScoped
public class RetentionPage {

    static final int MONTHS = 12;

    @Inject
    private RetentionFigures figures;
    @Inject
    private FigureFilters filters;

    private Scope scope;
    private LocalDate today;
    private Currency currency;

    /** A month of first visits, formatted; a rate whose window is not over yet says "so far". */
    public record RepeatRow(String month, String newCustomers, String rate30, String rate60, String rate90) {
    }

    /** A cell of the heat map: the share as text and its shade 0..4 (none: no data yet). */
    public record Cell(String text, String shade) {
    }

    /** A cohort's row of the heat map. */
    public record CohortRow(String month, String size, List<Cell> cells, String revenuePerCustomer) {
    }

    private void load() {
        if (scope != null) {
            return;
        }
        scope = filters.getScope();
        today = filters.today();
        currency = filters.currency();
    }

    public List<RepeatRow> getRepeat() {
        load();
        YearMonth now = YearMonth.from(today);
        return figures.repeat(scope, now.minusMonths(MONTHS - 1), now, today).stream().map(r -> new RepeatRow(
                month(r.cohort()), String.valueOf(r.newCustomers()), rate(r.rate30(), r.complete30()),
                rate(r.rate60(), r.complete60()), rate(r.rate90(), r.complete90()))).toList();
    }

    /** The repeat rates as lines, an SVG element. */
    public String getRepeatChart() {
        load();
        YearMonth now = YearMonth.from(today);
        List<RetentionFigures.RepeatRow> rows = figures.repeat(scope, now.minusMonths(MONTHS - 1), now, today);
        List<String> months = rows.stream().map(r -> month(r.cohort())).toList();
        return Charts.lines(AdminTexts.get("retention.chart"), months, "%", List.of(
                new Charts.Series(AdminTexts.get("retention.col.back30"),
                        rows.stream().map(r -> (Number) percentOrNull(r.rate30())).toList()),
                new Charts.Series(AdminTexts.get("retention.col.back60"),
                        rows.stream().map(r -> (Number) percentOrNull(r.rate60())).toList()),
                new Charts.Series(AdminTexts.get("retention.col.back90"),
                        rows.stream().map(r -> (Number) percentOrNull(r.rate90())).toList())));
    }

    /** "Month 0" to "Month 11": the heat map's columns. */
    public List<String> getOffsets() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            out.add(AdminTexts.get("retention.offset", i));
        }
        return out;
    }

    public List<CohortRow> getCohorts() {
        load();
        YearMonth now = YearMonth.from(today);
        List<CohortRow> rows = new ArrayList<>();
        for (RetentionFigures.Cohort c : figures.cohorts(scope, now.minusMonths(MONTHS - 1), now, now)) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < MONTHS; i++) {
                Double share = c.share(i);
                cells.add(share == null ? new Cell("", "none")
                        : new Cell(FiguresPage.percent(share), String.valueOf(Math.min(4, (int) (share * 5)))));
            }
            rows.add(new CohortRow(month(c.month()), String.valueOf(c.size()), cells,
                    new Money(c.revenuePerCustomerThrough(c.active().size() - 1), currency)
                            .format(AdminTexts.locale())));
        }
        return rows;
    }

    /** A figure of what a customer is worth: its name, value and definition. */
    public record ValueTile(String id, String name, String value, String definition) {
    }

    public List<ValueTile> getValue() {
        load();
        RetentionFigures.CustomerValue v = figures.value(scope, YearMonth.from(today));
        return List.of(
                tile("ltv", money(v.revenuePerCustomer())),
                tile("ltv12", money(v.firstYearRevenuePerCustomer())),
                tile("check", money(v.averageCheck())),
                tile("visits", v.visitsPerCustomer() == null ? "–"
                        : String.format(AdminTexts.locale(), "%.1f", v.visitsPerCustomer())),
                tile("interval", v.daysBetweenVisits() == null ? "–"
                        : AdminTexts.get("value.days", Math.round(v.daysBetweenVisits()))));
    }

    private static ValueTile tile(String id, String value) {
        return new ValueTile(id, AdminTexts.get("value.tile." + id), value, AdminTexts.get("value.def." + id));
    }

    private String money(Long minor) {
        return minor == null ? "–" : new Money(minor, currency).format(AdminTexts.locale());
    }

    private static Double percentOrNull(Double share) {
        return share == null ? null : share * 100;
    }

    private static String rate(Double share, boolean complete) {
        String text = FiguresPage.percent(share);
        return complete || share == null ? text : AdminTexts.get("retention.soFar", text);
    }

    private static String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLL yyyy", AdminTexts.locale()).format(month);
    }
}
