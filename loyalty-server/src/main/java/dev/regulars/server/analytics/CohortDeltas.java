package dev.regulars.server.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the cohort roll-ups change when one customer's facts change from {@code before} to {@code after}: what the
 * old facts put in the cells is taken out and what the new ones put in is added. Working a customer out again with
 * nothing new gives no change at all, so a round that repeats itself counts nothing twice.
 */
public final class CohortDeltas {

    /** A cohort matrix cell: customers whose first visit was in {@code cohort} at the store, in {@code month}. */
    public record Cell(String firstStoreId, YearMonth cohort, YearMonth month) {
    }

    /** Added to a cell: active customers and revenue (minor units); negative to take out. */
    public record CellChange(int customers, long revenueMinor) {
    }

    /** A day of first visits at a store. */
    public record Day(String firstStoreId, LocalDate day) {
    }

    /**
     * Added to a day: new customers, of them back within 30, 60 and 90 days, and their sales, revenue (minor
     * units), visit days and days from first to last visit.
     */
    public record DayChange(int newCustomers, int backIn30, int backIn60, int backIn90, int sales,
                            long revenueMinor, int visitDays, int spanDays) {

        static final DayChange NONE = new DayChange(0, 0, 0, 0, 0, 0, 0, 0);

        DayChange plus(DayChange o) {
            return new DayChange(newCustomers + o.newCustomers, backIn30 + o.backIn30, backIn60 + o.backIn60,
                    backIn90 + o.backIn90, sales + o.sales, revenueMinor + o.revenueMinor, visitDays + o.visitDays,
                    spanDays + o.spanDays);
        }
    }

    private final Map<Cell, CellChange> cells = new LinkedHashMap<>();
    private final Map<Day, DayChange> days = new LinkedHashMap<>();

    private CohortDeltas() {
    }

    /** @param before null when the customer had no purchase yet; @param after null when they have none now */
    public static CohortDeltas between(CustomerHistory.Facts before, CustomerHistory.Facts after) {
        CohortDeltas deltas = new CohortDeltas();
        if (before != null) {
            deltas.add(before, -1);
        }
        if (after != null) {
            deltas.add(after, 1);
        }
        deltas.cells.values().removeIf(c -> c.customers() == 0 && c.revenueMinor() == 0);
        deltas.days.values().removeIf(DayChange.NONE::equals);
        return deltas;
    }

    public Map<Cell, CellChange> cells() {
        return cells;
    }

    public Map<Day, DayChange> days() {
        return days;
    }

    public boolean isEmpty() {
        return cells.isEmpty() && days.isEmpty();
    }

    private void add(CustomerHistory.Facts facts, int sign) {
        facts.months().forEach((month, figures) -> cells.merge(
                new Cell(facts.firstStoreId(), facts.cohort(), month),
                new CellChange(figures.sales() > 0 ? sign : 0, sign * figures.revenueMinor()),
                (a, b) -> new CellChange(a.customers() + b.customers(), a.revenueMinor() + b.revenueMinor())));
        int span = (int) java.time.temporal.ChronoUnit.DAYS.between(facts.firstDay(), facts.lastDay());
        days.merge(new Day(facts.firstStoreId(), facts.firstDay()),
                new DayChange(sign, facts.backWithin(30) ? sign : 0, facts.backWithin(60) ? sign : 0,
                        facts.backWithin(90) ? sign : 0, sign * facts.sales(), sign * facts.revenueMinor(),
                        sign * facts.visitDays(), sign * span),
                DayChange::plus);
    }
}
