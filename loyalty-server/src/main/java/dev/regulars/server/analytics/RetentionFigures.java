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

        /**
         * Whether a first visit on {@code firstDay} has had its whole {@code days}-day window by {@code today}: a
         * second visit on the first day + {@code days} still counts ({@link CustomerHistory.Facts#backWithin}), so
         * the window is over only from the day after that, not on it.
         */
        public static boolean windowOver(LocalDate firstDay, int days, LocalDate today) {
            return firstDay.plusDays(days).isBefore(today);
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
                    OwnerFigures.n(r[4]), RepeatRow.windowOver(lastFirstVisit, 30, today),
                    RepeatRow.windowOver(lastFirstVisit, 60, today), RepeatRow.windowOver(lastFirstVisit, 90, today)));
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

    /**
     * What a customer is worth, over every customer in scope (by the store of their first visit) so far.
     *
     * @param customers         customers with a purchase
     * @param sales             their purchases
     * @param revenueMinor      what they paid, less refunds
     * @param visitDays         their days with a purchase, summed
     * @param spanDays          the days from each one's first to last visit, summed
     * @param yearCohortSize    customers whose first visit was 12 or more months ago
     * @param yearRevenueMinor  what those paid in their first 12 months (the month of the first visit and 11 more)
     */
    public record CustomerValue(long customers, long sales, long revenueMinor, long visitDays, long spanDays,
                                long yearCohortSize, long yearRevenueMinor) {

        /** Revenue per customer over their life so far, minor units; null without customers. */
        public Long revenuePerCustomer() {
            return customers == 0 ? null : Math.round((double) revenueMinor / customers);
        }

        /** Revenue per customer in their first 12 months, of the customers who have had 12 months; null if none. */
        public Long firstYearRevenuePerCustomer() {
            return yearCohortSize == 0 ? null : Math.round((double) yearRevenueMinor / yearCohortSize);
        }

        /** Revenue per purchase of customers, minor units; null without purchases. */
        public Long averageCheck() {
            return sales == 0 ? null : Math.round((double) revenueMinor / sales);
        }

        /** Visits (days with a purchase) per customer; null without customers. */
        public Double visitsPerCustomer() {
            return customers == 0 ? null : (double) visitDays / customers;
        }

        /**
         * The usual number of days between two visits: the days from first to last visit over the gaps between
         * visits, of all customers who came more than once; null when nobody came twice.
         */
        public Double daysBetweenVisits() {
            long gaps = visitDays - customers;
            return gaps == 0 ? null : (double) spanDays / gaps;
        }
    }

    /** {@link CustomerValue} of the scope, with {@code now} the current month. */
    public CustomerValue value(Scope scope, YearMonth now) {
        Object[] all = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(new_customers), 0),"
                        + " COALESCE(SUM(sales), 0), COALESCE(SUM(revenue_minor), 0), COALESCE(SUM(visit_days), 0),"
                        + " COALESCE(SUM(span_days), 0) FROM analytics_first_visit_day WHERE business_id = ?"
                        + " AND first_store_id IN (" + scope.sqlList() + ")")
                .setParameter(1, scope.businessId()).getSingleResult();
        Object[] year = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(IF(month = cohort_month, customers,"
                        + " 0)), 0), COALESCE(SUM(revenue_minor), 0) FROM analytics_cohort_cell WHERE business_id = ?"
                        + " AND first_store_id IN (" + scope.sqlList() + ") AND cohort_month <= ?"
                        + " AND month < cohort_month + INTERVAL 12 MONTH")
                .setParameter(1, scope.businessId()).setParameter(2, now.minusMonths(12).atDay(1))
                .getSingleResult();
        return new CustomerValue(OwnerFigures.n(all[0]), OwnerFigures.n(all[1]), OwnerFigures.n(all[2]),
                OwnerFigures.n(all[3]), OwnerFigures.n(all[4]), OwnerFigures.n(year[0]), OwnerFigures.n(year[1]));
    }
}
