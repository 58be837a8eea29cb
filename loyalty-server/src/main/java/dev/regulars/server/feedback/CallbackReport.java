package dev.regulars.server.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Does calling back pay? Over the call backs of a period: how many were done within the store's SLA, and how many
 * customers came back within 30 and 60 days of the visit they rated, those reached against those not reached
 * (no answer, wrong number, never called). Visitors without a card cannot be followed and are left out of returns.
 */
@ApplicationScoped
public class CallbackReport {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;

    /**
     * @param tasks         call backs created in the period
     * @param inTime        reached (resolved or not) by the due time
     * @param reached       customers (with a card) who were reached
     * @param reachedBack30 of those, came back within 30 days of the rated visit (so far)
     * @param notReached    customers who were not reached
     */
    public record Figures(int tasks, int inTime, int reached, int reachedBack30, int reachedBack60, int notReached,
                          int notReachedBack30, int notReachedBack60) {
    }

    /** @param stores the reader's stores: the call backs of those only */
    public Figures lastDays(String businessId, dev.regulars.server.staff.StoreLimit stores, int days) {
        Instant from = clock.instant().minus(Duration.ofDays(days));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT t.customer_id IS NOT NULL,
                       t.outcome IN ('RESOLVED', 'NOT_RESOLVED'),
                       t.outcome IN ('RESOLVED', 'NOT_RESOLVED') AND t.closed_at <= t.due_at,
                       EXISTS (SELECT 1 FROM sale s JOIN customer m ON m.id = s.customer_id
                               WHERE (m.id = t.customer_id OR m.merged_into = t.customer_id)
                               AND s.rung_up_at > v.rung_up_at AND s.rung_up_at <= v.rung_up_at + INTERVAL 30 DAY),
                       EXISTS (SELECT 1 FROM sale s JOIN customer m ON m.id = s.customer_id
                               WHERE (m.id = t.customer_id OR m.merged_into = t.customer_id)
                               AND s.rung_up_at > v.rung_up_at AND s.rung_up_at <= v.rung_up_at + INTERVAL 60 DAY)
                FROM callback_task t JOIN sale v ON v.id = t.rating_sale_id
                WHERE t.business_id = ? AND t.created_at >= ? AND t.status <> 'WITHDRAWN'""" + stores.sqlAnd("t.store_id"))
                .setParameter(1, businessId).setParameter(2, LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .getResultList();
        int tasks = 0;
        int inTime = 0;
        int[] reached = new int[3];
        int[] notReached = new int[3];
        for (Object[] r : rows) {
            tasks++;
            inTime += truth(r[2]) ? 1 : 0;
            if (!truth(r[0])) {
                continue;
            }
            int[] group = truth(r[1]) ? reached : notReached;
            group[0]++;
            group[1] += truth(r[3]) ? 1 : 0;
            group[2] += truth(r[4]) ? 1 : 0;
        }
        return new Figures(tasks, inTime, reached[0], reached[1], reached[2], notReached[0], notReached[1],
                notReached[2]);
    }

    private static boolean truth(Object value) {
        return value != null && ((Number) value).intValue() != 0;
    }
}
