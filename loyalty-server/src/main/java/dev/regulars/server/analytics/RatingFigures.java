package dev.regulars.server.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Ratings from receipts over time: per store and per cashier of the rated sale (rating.sale_id to sale.cashier_id,
 * named as the till staff page names them) in a period, and the average stars per week. Read from the rating table
 * by its indexed range ix_rating_store (store, time): a row per rating, far fewer than sales; a cashier is a primary
 * key look-up of each rated sale.
 */
@ApplicationScoped
public class RatingFigures {

    /** Counts, stars, low ones and low ones called back before they were due, of the rows {@code r} joined to c. */
    private static final String COUNTS = "COUNT(*), AVG(r.stars), COALESCE(SUM(r.stars <= 3), 0),"
            + " COALESCE(SUM(r.stars <= 3 AND c.closed_at IS NOT NULL AND c.closed_at <= c.due_at), 0)";
    private static final String FROM = " FROM rating r JOIN store st ON st.id = r.store_id"
            + " LEFT JOIN callback_task c ON c.rating_sale_id = r.sale_id";

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /**
     * The ratings of a store, or of a cashier at a store, in a period.
     *
     * @param cashierName  "" for a store's row, and for ratings of sales the till did not say who rang up (or of
     *                     sales not synced yet)
     * @param averageStars 1..5
     * @param low          1 to 3 stars
     * @param calledInTime low ratings whose call back was closed before it was due
     */
    public record Row(String storeName, String cashierName, long ratings, double averageStars, long low,
                      long calledInTime) {

        /** Share of low ratings called back in time, 0..1; null without low ratings. */
        public Double calledInTimeShare() {
            return low == 0 ? null : (double) calledInTime / low;
        }
    }

    /**
     * A week of the chart.
     *
     * @param averageStars null when nobody rated in the week
     */
    public record WeekRow(LocalDate monday, long ratings, Double averageStars) {
    }

    /** Ratings per store of the scope given in the period (in the business's zone), by store name. */
    public List<Row> stores(Scope scope, Period period, ZoneId zone) {
        return rows(em.createNativeQuery("SELECT st.name, '', " + COUNTS + FROM + where(scope)
                + " GROUP BY st.id, st.name ORDER BY st.name"), period, zone);
    }

    /** Ratings per store and cashier of the rated sale in the period, by store name then most ratings first. */
    public List<Row> cashiers(Scope scope, Period period, ZoneId zone) {
        return rows(em.createNativeQuery("SELECT st.name, COALESCE(k.name, ''), " + COUNTS + FROM
                + " LEFT JOIN sale s ON s.id = r.sale_id LEFT JOIN cashier k ON k.id = s.cashier_id" + where(scope)
                + " GROUP BY st.id, st.name, s.cashier_id, k.name ORDER BY st.name, COUNT(*) DESC, k.name"),
                period, zone);
    }

    /** Ratings and average stars per week over the {@link RatingWeeks#WEEKS} weeks up to today's, oldest first. */
    public List<WeekRow> weeks(Scope scope, LocalDate today, ZoneId zone) {
        List<RatingWeeks.Week> weeks = RatingWeeks.upTo(today, zone);
        StringBuilder which = new StringBuilder("CASE");
        for (int i = 1; i < weeks.size(); i++) {
            which.append(" WHEN r.created_at < ?").append(i + 2).append(" THEN ").append(i - 1);
        }
        which.append(" ELSE ").append(weeks.size() - 1).append(" END");
        Query query = em.createNativeQuery("SELECT " + which + " AS w, COUNT(*), SUM(r.stars) FROM rating r"
                + " WHERE r.store_id IN (" + scope.sqlList() + ") AND r.created_at >= ?1 AND r.created_at < ?2"
                + " GROUP BY w")
                .setParameter(1, weeks.get(0).start()).setParameter(2, weeks.get(weeks.size() - 1).end());
        for (int i = 1; i < weeks.size(); i++) {
            query.setParameter(i + 2, weeks.get(i).start());
        }
        long[] ratings = new long[weeks.size()];
        long[] stars = new long[weeks.size()];
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] r : rows) {
            int w = ((Number) r[0]).intValue();
            ratings[w] = OwnerFigures.n(r[1]);
            stars[w] = OwnerFigures.n(r[2]);
        }
        List<WeekRow> out = new ArrayList<>(weeks.size());
        for (int i = 0; i < weeks.size(); i++) {
            out.add(new WeekRow(weeks.get(i).monday(), ratings[i],
                    ratings[i] == 0 ? null : (double) stars[i] / ratings[i]));
        }
        return out;
    }

    private static String where(Scope scope) {
        return " WHERE r.store_id IN (" + scope.sqlList() + ") AND r.created_at >= ?1 AND r.created_at < ?2";
    }

    private List<Row> rows(Query query, Period period, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter(1, RatingWeeks.utc(period.first(), zone))
                .setParameter(2, RatingWeeks.utc(period.last().plusDays(1), zone)).getResultList();
        return rows.stream().map(r -> new Row((String) r[0], (String) r[1], OwnerFigures.n(r[2]),
                ((Number) r[3]).doubleValue(), OwnerFigures.n(r[4]), OwnerFigures.n(r[5]))).toList();
    }
}
