package dev.regulars.server.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The owner's dashboard and the figures by period, each one indexed range of a roll-up table (never the raw
 * sales): the stores' days in analytics_store_day, first visits in analytics_first_visit_day.
 */
@ApplicationScoped
public class OwnerFigures {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /** The scope's figures over the period (definitions: {@link PeriodFigures}, docs/ANALYTICS.md). */
    public PeriodFigures of(Scope scope, Period period) {
        Object[] days = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(sales), 0),"
                        + " COALESCE(SUM(revenue_minor), 0), COALESCE(SUM(identified_sales), 0),"
                        + " COALESCE(SUM(enrollments), 0), COALESCE(SUM(refunds), 0), COALESCE(SUM(refunded_minor), 0),"
                        + " COALESCE(SUM(points_earned), 0), COALESCE(SUM(points_redeemed), 0)"
                        + " FROM analytics_store_day WHERE store_id IN (" + scope.sqlList() + ")"
                        + " AND day BETWEEN ? AND ?")
                .setParameter(1, period.first()).setParameter(2, period.last()).getSingleResult();
        long newCustomers = firstVisits(scope, period)[0];
        // first visits in the 30 days ending 30 days before the period's end: their 30 days are over
        long[] repeat = firstVisits(scope, Period.lastDays(period.last().minusDays(30), 30));
        return new PeriodFigures(n(days[0]), n(days[1]), n(days[2]), n(days[3]), n(days[4]), n(days[5]),
                n(days[6]), n(days[7]), newCustomers, repeat[0], repeat[1]);
    }

    /** @return first visits and, of them, back within 30 days */
    private long[] firstVisits(Scope scope, Period period) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(new_customers), 0),"
                        + " COALESCE(SUM(back_in_30), 0) FROM analytics_first_visit_day WHERE business_id = ?"
                        + " AND first_store_id IN (" + scope.sqlList() + ") AND day BETWEEN ? AND ?")
                .setParameter(1, scope.businessId()).setParameter(2, period.first())
                .setParameter(3, period.last()).getSingleResult();
        return new long[] {n(row[0]), n(row[1])};
    }

    /** One row a day of the period (days without sales as zeros): for the dashboard's chart. */
    public List<DayFigures> byDay(Scope scope, Period period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT day, SUM(sales), SUM(revenue_minor),"
                        + " SUM(identified_sales), SUM(enrollments) FROM analytics_store_day"
                        + " WHERE store_id IN (" + scope.sqlList() + ") AND day BETWEEN ? AND ? GROUP BY day")
                .setParameter(1, period.first()).setParameter(2, period.last()).getResultList();
        java.util.Map<java.time.LocalDate, DayFigures> byDay = new java.util.HashMap<>();
        for (Object[] row : rows) {
            java.time.LocalDate day = day(row[0]);
            byDay.put(day, new DayFigures(day, n(row[1]), n(row[2]), n(row[3]), n(row[4])));
        }
        return period.first().datesUntil(period.last().plusDays(1))
                .map(d -> byDay.getOrDefault(d, new DayFigures(d, 0, 0, 0, 0))).toList();
    }

    /** A day's sales, revenue (minor units), identified sales and enrollments. */
    public record DayFigures(java.time.LocalDate day, long sales, long revenueMinor, long identifiedSales,
                             long enrollments) {
    }

    static java.time.LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) value;
    }

    static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
