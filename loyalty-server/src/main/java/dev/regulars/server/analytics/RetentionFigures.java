package dev.regulars.server.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many come back: repeat rate by month of first visit (analytics_first_visit_day) and the cohort matrix
 * (analytics_cohort_cell). A cohort is the customers whose first visit was in a month, at a store in scope.
 */
@ApplicationScoped
public class RetentionFigures {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /**
     * A month of first visits and how many came back.
     *
     * @param complete30 whether every customer of the month has had 30 days to come back by {@code today}, and
     *                   likewise for 60 and 90; an incomplete rate is shown as "so far"
     */
    public record RepeatRow(YearMonth cohort, long newCustomers, long backIn30, long backIn60, long backIn90,
                            boolean complete30, boolean complete60, boolean complete90) {

        public Double rate30() {
            return newCustomers == 0 ? null : (double) backIn30 / newCustomers;
        }

        public Double rate60() {
            return newCustomers == 0 ? null : (double) backIn60 / newCustomers;
        }

        public Double rate90() {
            return newCustomers == 0 ? null : (double) backIn90 / newCustomers;
        }
    }

    /** Repeat rate by month of first visit, oldest first, for the months from {@code from} to {@code to}. */
    public List<RepeatRow> repeat(Scope scope, YearMonth from, YearMonth to, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DATE_FORMAT(day, '%Y-%m'), SUM(new_customers),"
                        + " SUM(back_in_30), SUM(back_in_60), SUM(back_in_90) FROM analytics_first_visit_day"
                        + " WHERE business_id = ? AND first_store_id IN (" + scope.sqlList() + ")"
                        + " AND day BETWEEN ? AND ? GROUP BY 1 ORDER BY 1")
                .setParameter(1, scope.businessId()).setParameter(2, from.atDay(1))
                .setParameter(3, to.atEndOfMonth()).getResultList();
        List<RepeatRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            YearMonth month = YearMonth.parse((String) r[0]);
            LocalDate lastFirstVisit = month.atEndOfMonth();
            out.add(new RepeatRow(month, OwnerFigures.n(r[1]), OwnerFigures.n(r[2]), OwnerFigures.n(r[3]),
                    OwnerFigures.n(r[4]), !lastFirstVisit.plusDays(30).isAfter(today),
                    !lastFirstVisit.plusDays(60).isAfter(today), !lastFirstVisit.plusDays(90).isAfter(today)));
        }
        return out;
    }

    /**
     * The cohort matrix: for each cohort from {@code from} to {@code to}, its size and, for month 0 (the first) to
     * the last month there is, the customers active and their revenue.
     *
     * @param size     customers in the cohort (those active in month 0)
     * @param active   by months since the first: customers with a purchase in that month
     * @param revenue  by months since the first: their revenue, minor units
     */
    public record Cohort(YearMonth month, long size, List<Long> active, List<Long> revenue) {

        /** Share of the cohort active in month {@code offset}, 0..1; null past the data. */
        public Double share(int offset) {
            return offset >= active.size() || size == 0 ? null : (double) active.get(offset) / size;
        }

        /** Revenue per customer of the cohort up to and including month {@code offset}, minor units. */
        public long revenuePerCustomerThrough(int offset) {
            long sum = 0;
            for (int i = 0; i <= offset && i < revenue.size(); i++) {
                sum += revenue.get(i);
            }
            return size == 0 ? 0 : Math.round((double) sum / size);
        }
    }

    public List<Cohort> cohorts(Scope scope, YearMonth from, YearMonth to, YearMonth now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT cohort_month, month, SUM(customers), SUM(revenue_minor)"
                        + " FROM analytics_cohort_cell WHERE business_id = ? AND first_store_id IN ("
                        + scope.sqlList() + ") AND cohort_month BETWEEN ? AND ? GROUP BY 1, 2")
                .setParameter(1, scope.businessId()).setParameter(2, from.atDay(1)).setParameter(3, to.atDay(1))
                .getResultList();
        Map<YearMonth, Map<Integer, long[]>> cells = new TreeMap<>();
        for (Object[] r : rows) {
            YearMonth cohort = YearMonth.from(OwnerFigures.day(r[0]));
            YearMonth month = YearMonth.from(OwnerFigures.day(r[1]));
            int offset = (int) cohort.until(month, java.time.temporal.ChronoUnit.MONTHS);
            cells.computeIfAbsent(cohort, c -> new TreeMap<>())
                    .put(offset, new long[] {OwnerFigures.n(r[2]), OwnerFigures.n(r[3])});
        }
        List<Cohort> out = new ArrayList<>();
        cells.forEach((cohort, byOffset) -> {
            int months = (int) cohort.until(now, java.time.temporal.ChronoUnit.MONTHS) + 1;
            List<Long> active = new ArrayList<>();
            List<Long> revenue = new ArrayList<>();
            for (int i = 0; i < months; i++) {
                long[] cell = byOffset.getOrDefault(i, new long[2]);
                active.add(cell[0]);
                revenue.add(cell[1]);
            }
            out.add(new Cohort(cohort, active.isEmpty() ? 0 : active.get(0), active, revenue));
        });
        return out;
    }
}
