package dev.regulars.server.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The figure a manager coaches cashiers on: per cashier and store, the identified share of sales and the
 * enrollment rate at the till over a period, from analytics_cashier_day.
 */
@ApplicationScoped
public class CashierFigures {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /**
     * A cashier's period at a store.
     *
     * @param cashierName  as the till staff page names them; "" when the till did not say who rang the sales up
     * @param revenueMinor paid for their sales
     */
    public record Row(String storeId, String storeName, String cashierId, String cashierName, long sales,
                      long identifiedSales, long enrollments, long revenueMinor) {

        /** As {@link PeriodFigures#identifiedShare()}. */
        public Double identifiedShare() {
            return PeriodFigures.identifiedShare(sales, identifiedSales);
        }

        /** As {@link PeriodFigures#enrollmentRate()}. */
        public Double enrollmentRate() {
            return PeriodFigures.enrollmentRate(sales, identifiedSales, enrollments);
        }
    }

    /** Every cashier with sales in the period, by store name then most sales first. */
    public List<Row> of(Scope scope, Period period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.store_id, st.name, d.cashier_id,"
                        + " COALESCE(c.name, ''), SUM(d.sales), SUM(d.identified_sales), SUM(d.enrollments),"
                        + " SUM(d.revenue_minor) FROM analytics_cashier_day d JOIN store st ON st.id = d.store_id"
                        + " LEFT JOIN cashier c ON c.id = d.cashier_id"
                        + " WHERE d.store_id IN (" + scope.sqlList() + ") AND d.day BETWEEN ? AND ?"
                        + " GROUP BY d.store_id, st.name, d.cashier_id, c.name ORDER BY st.name, SUM(d.sales) DESC,"
                        + " c.name")
                .setParameter(1, period.first()).setParameter(2, period.last()).getResultList();
        List<Row> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Row((String) r[0], (String) r[1], (String) r[2], (String) r[3], OwnerFigures.n(r[4]),
                    OwnerFigures.n(r[5]), OwnerFigures.n(r[6]), OwnerFigures.n(r[7])));
        }
        return out;
    }
}
