package dev.regulars.server.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A business's day so far, each figure one indexed range read (sales by store and time, customers by enrolment,
 * ratings by store and time, open call backs by business, the outbox by business and time).
 */
@ApplicationScoped
public class Today {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /**
     * @param revenueMinor   money paid for today's sales, minor units
     * @param averageStars   of today's ratings, 0 when none
     * @param callbacksOpen  call backs not closed yet, of any day; {@code callbacksOverdue} of them past due
     */
    public record Figures(long sales, long revenueMinor, long withCustomer, long newCustomers, long pointsEarned,
                          long pointsRedeemed, long ratings, double averageStars, long lowRatings,
                          long callbacksOpen, long callbacksOverdue, long messagesQueued, long messagesFailed) {
    }

    /**
     * The same for a reader limited to some stores: sales, ratings and call backs of those stores; new customers are
     * those enrolled at their tills (sale.enrolled_here: a customer has no store of their own); campaign messages are
     * the business's, so 0 here (the page does not show them to such a reader).
     *
     * @param storeIds the reader's stores, never empty
     */
    public Figures ofStores(String businessId, java.util.List<String> storeIds, Instant startOfDay, Instant now) {
        LocalDateTime from = LocalDateTime.ofInstant(startOfDay, ZoneOffset.UTC);
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        String in = " IN (" + String.join(",", java.util.Collections.nCopies(storeIds.size(), "?")) + ")";
        Object[] sales = (Object[]) stores(em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(s.due_minor), 0),"
                        + " COALESCE(SUM(s.customer_id IS NOT NULL), 0), COALESCE(SUM(s.points_earned), 0),"
                        + " COALESCE(SUM(s.points_redeemed), 0), COALESCE(SUM(s.enrolled_here), 0) FROM sale s"
                        + " WHERE s.rung_up_at >= ? AND s.store_id" + in).setParameter(1, from), 2, storeIds)
                .getSingleResult();
        Object[] ratings = (Object[]) stores(em.createNativeQuery("SELECT COUNT(*), COALESCE(AVG(r.stars), 0),"
                        + " COALESCE(SUM(r.stars <= 3), 0) FROM rating r WHERE r.created_at >= ? AND r.store_id"
                        + in).setParameter(1, from), 2, storeIds).getSingleResult();
        Object[] callbacks = (Object[]) stores(em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(due_at < ?), 0)"
                        + " FROM callback_task WHERE business_id = ? AND status IN ('OPEN', 'TAKEN') AND store_id"
                        + in).setParameter(1, at).setParameter(2, businessId), 3, storeIds).getSingleResult();
        return new Figures(number(sales[0]), number(sales[1]), number(sales[2]), number(sales[5]), number(sales[3]),
                number(sales[4]), number(ratings[0]), ((Number) ratings[1]).doubleValue(), number(ratings[2]),
                number(callbacks[0]), number(callbacks[1]), 0, 0);
    }

    private static jakarta.persistence.Query stores(jakarta.persistence.Query query, int first,
                                                    java.util.List<String> storeIds) {
        for (int i = 0; i < storeIds.size(); i++) {
            query.setParameter(first + i, storeIds.get(i));
        }
        return query;
    }

    /** Since {@code startOfDay} (the business's midnight) until {@code now}. */
    public Figures of(String businessId, Instant startOfDay, Instant now) {
        LocalDateTime from = LocalDateTime.ofInstant(startOfDay, ZoneOffset.UTC);
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Object[] sales = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(s.due_minor), 0),"
                        + " COALESCE(SUM(s.customer_id IS NOT NULL), 0), COALESCE(SUM(s.points_earned), 0),"
                        + " COALESCE(SUM(s.points_redeemed), 0) FROM sale s JOIN store st ON st.id = s.store_id"
                        + " WHERE st.business_id = ? AND s.rung_up_at >= ?")
                .setParameter(1, businessId).setParameter(2, from).getSingleResult();
        long enrolled = number(em.createNativeQuery("SELECT COUNT(*) FROM customer WHERE business_id = ?"
                + " AND enrolled_at >= ?").setParameter(1, businessId).setParameter(2, from).getSingleResult());
        Object[] ratings = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(AVG(r.stars), 0),"
                        + " COALESCE(SUM(r.stars <= 3), 0) FROM rating r JOIN store st ON st.id = r.store_id"
                        + " WHERE st.business_id = ? AND r.created_at >= ?")
                .setParameter(1, businessId).setParameter(2, from).getSingleResult();
        Object[] callbacks = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(due_at < ?), 0)"
                        + " FROM callback_task WHERE business_id = ? AND status IN ('OPEN', 'TAKEN')")
                .setParameter(1, at).setParameter(2, businessId).getSingleResult();
        Object[] messages = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(status = 'DEAD'), 0)"
                        + " FROM outbox_message WHERE business_id = ? AND created_at >= ? AND dedupe_key LIKE 'run:%'")
                .setParameter(1, businessId).setParameter(2, from).getSingleResult();
        return new Figures(number(sales[0]), number(sales[1]), number(sales[2]), enrolled, number(sales[3]),
                number(sales[4]), number(ratings[0]), ((Number) ratings[1]).doubleValue(), number(ratings[2]),
                number(callbacks[0]), number(callbacks[1]), number(messages[0]), number(messages[1]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
