package dev.regulars.server.analytics.web;

import dev.regulars.core.money.Money;
import dev.regulars.server.analytics.CashierFigures;
import dev.regulars.server.analytics.OwnerFigures;
import dev.regulars.server.analytics.Period;
import dev.regulars.server.analytics.PeriodFigures;
import dev.regulars.server.analytics.Scope;
import dev.regulars.server.platform.web.AdminTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The owner's dashboard (admin/figures.xhtml): the last 7 or 30 days against the period before, with arrows, a
 * chart of the days, and the cashiers' identified share and enrollment rate, for what {@link FigureFilters} reads
 * from the page's address.
 */
@Named("figures")
@RequestScoped
public class FiguresPage {

    @Inject
    private OwnerFigures owner;
    @Inject
    private CashierFigures cashiers;
    @Inject
    private FigureFilters filters;
    @Inject
    private dev.regulars.server.analytics.ProgramFigures program;
    @Inject
    private dev.regulars.server.analytics.PointsEconomy pointsEconomy;
    @Inject
    private dev.regulars.server.stores.ProgramVersions programs;

    private Scope scope;
    private Period period;
    private Currency currency;
    private PeriodFigures now;
    private PeriodFigures before;

    /**
     * A figure of the dashboard against the period before.
     *
     * @param arrow   "up", "down" or "flat": which way it went; "none" when there is nothing to compare with
     * @param change  "+12 %" or "+3 pp" (points of a share), "" when there is nothing to compare with
     * @param better  whether the change is good news (fewer refunds are), for the arrow's colour
     */
    public record Tile(String id, String name, String value, String previous, String arrow, String change,
                       boolean better, String definition) {
    }

    private void load() {
        if (scope != null) {
            return;
        }
        scope = filters.getScope();
        period = filters.period();
        currency = filters.currency();
        now = owner.of(scope, period);
        before = owner.of(scope, period.before());
    }

    /** "23 Nov – 29 Nov 2026 against 16 Nov – 22 Nov" */
    public String getPeriodText() {
        load();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", AdminTexts.locale());
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMM yyyy", AdminTexts.locale());
        Period prior = period.before();
        return AdminTexts.get("figures.period", day.format(period.first()), full.format(period.last()),
                day.format(prior.first()), day.format(prior.last()));
    }

    public List<Tile> getTiles() {
        load();
        List<Tile> tiles = new ArrayList<>();
        tiles.add(amount("revenue", now.revenueMinor(), before.revenueMinor(), true));
        tiles.add(count("sales", now.sales(), before.sales(), true));
        tiles.add(amount("averageCheck", now.averageCheckMinor(), before.averageCheckMinor(), true));
        tiles.add(share("identified", now.identifiedShare(), before.identifiedShare()));
        tiles.add(share("enrollment", now.enrollmentRate(), before.enrollmentRate()));
        tiles.add(count("newCustomers", now.newCustomers(), before.newCustomers(), true));
        tiles.add(share("repeat", now.repeatRate(), before.repeatRate()));
        tiles.add(count("pointsEarned", now.pointsEarned(), before.pointsEarned(), true));
        tiles.add(count("pointsRedeemed", now.pointsRedeemed(), before.pointsRedeemed(), true));
        tiles.add(amount("refunded", now.refundedMinor(), before.refundedMinor(), false));
        return tiles;
    }

    /** The days of the period as bars of revenue, an SVG element. */
    public String getRevenueChart() {
        load();
        List<OwnerFigures.DayFigures> days = owner.byDay(scope, period);
        DateTimeFormatter label = DateTimeFormatter.ofPattern(AdminTexts.get(period.days() > 7 ? "figures.chart.day"
                : "figures.chart.weekday"), AdminTexts.locale());
        return Charts.bars(AdminTexts.get("figures.chart.revenue"),
                days.stream().map(d -> label.format(d.day())).toList(),
                AdminTexts.get("figures.chart.revenueAxis", currency.getSymbol(AdminTexts.locale())),
                List.of(new Charts.Series(AdminTexts.get("figures.tile.revenue"),
                        days.stream().map(d -> (Number) (d.revenueMinor() / Math.pow(10,
                                Math.max(0, currency.getDefaultFractionDigits())))).toList())));
    }

    /** The cashiers of the period, per store. */
    public List<CashierRow> getCashiers() {
        load();
        return cashiers.of(scope, period).stream().map(r -> new CashierRow(r.storeName(),
                r.cashierName().isEmpty() ? AdminTexts.get("figures.cashier.unknown") : r.cashierName(),
                String.valueOf(r.sales()), percent(r.identifiedShare()), String.valueOf(r.enrollments()),
                percent(r.enrollmentRate()), money(r.revenueMinor()))).toList();
    }

    /** A cashier's row, formatted. */
    public record CashierRow(String store, String cashier, String sales, String identified, String enrollments,
                             String enrollmentRate, String revenue) {
    }

    /** The referral funnel of the period (by the store of the friend's first purchase). */
    public dev.regulars.server.analytics.ProgramFigures.Referrals getReferrals() {
        load();
        return program.referrals(scope, period, filters.zone());
    }

    /**
     * The points economy, formatted: the period's points issued, redeemed and written off, and the latest measure of
     * the points not yet spent with what they are worth (the business owes them; loyalty-core's worthMinor).
     *
     * @param asOf "" when never measured yet
     */
    public record PointsRow(String issued, String redeemed, String expired, String outstanding, String liability,
                            String asOf) {
    }

    public PointsRow getPoints() {
        load();
        if (scope.limited()) {
            // expiry and the balance owed are the program's, not a store's: not for a reader limited to some stores
            return new PointsRow(String.format(AdminTexts.locale(), "%,d", now.pointsEarned()),
                    String.format(AdminTexts.locale(), "%,d", now.pointsRedeemed()), "", "", "", "");
        }
        String business = scope.businessId();
        var measure = pointsEconomy.latest(business, filters.today());
        String outstanding = "–";
        String liability = "–";
        String asOf = "";
        if (measure != null) {
            outstanding = String.format(AdminTexts.locale(), "%,d", measure.outstanding());
            liability = programs.latest(business).map(r -> money(r.worthMinor(measure.outstanding()))).orElse("–");
            asOf = DateTimeFormatter.ofPattern("d MMM yyyy", AdminTexts.locale()).format(measure.day());
        }
        return new PointsRow(String.format(AdminTexts.locale(), "%,d", now.pointsEarned()),
                String.format(AdminTexts.locale(), "%,d", now.pointsRedeemed()),
                String.format(AdminTexts.locale(), "%,d", pointsEconomy.expiredIn(business, period)), outstanding,
                liability, asOf);
    }

    private Tile amount(String id, long value, long previous, boolean moreIsBetter) {
        return tile(id, money(value), money(previous), value, previous, moreIsBetter);
    }

    private Tile count(String id, long value, long previous, boolean moreIsBetter) {
        return tile(id, String.format(AdminTexts.locale(), "%,d", value),
                String.format(AdminTexts.locale(), "%,d", previous), value, previous, moreIsBetter);
    }

    private Tile share(String id, Double value, Double previous) {
        String change = value == null || previous == null ? ""
                : String.format(AdminTexts.locale(), "%+.1f %s", (value - previous) * 100,
                        AdminTexts.get("figures.pp"));
        double delta = value == null || previous == null ? 0 : value - previous;
        return new Tile(id, AdminTexts.get("figures.tile." + id), percent(value), percent(previous),
                change.isEmpty() ? "none" : arrow(delta), change, delta > 0, AdminTexts.get("figures.def." + id));
    }

    private Tile tile(String id, String value, String previous, long now, long then, boolean moreIsBetter) {
        String change = then == 0 ? (now == 0 ? "" : AdminTexts.get("figures.new"))
                : String.format(AdminTexts.locale(), "%+.0f %%", (now - then) * 100.0 / then);
        long delta = now - then;
        return new Tile(id, AdminTexts.get("figures.tile." + id), value, previous,
                change.isEmpty() ? "none" : arrow(delta), change,
                moreIsBetter ? delta > 0 : delta < 0, AdminTexts.get("figures.def." + id));
    }

    private static String arrow(double delta) {
        return delta > 0 ? "up" : delta < 0 ? "down" : "flat";
    }

    private String money(long minor) {
        return new Money(minor, currency).format(AdminTexts.locale());
    }

    static String percent(Double share) {
        return share == null ? "–" : String.format(AdminTexts.locale(), "%.1f %%", share * 100);
    }
}
