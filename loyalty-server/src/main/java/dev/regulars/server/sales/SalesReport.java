package dev.regulars.server.sales;

import dev.regulars.server.platform.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Read models of sales for the admin. */
@ApplicationScoped
public class SalesReport {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    public List<RecentSale> recent(String businessId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.id, s.rung_up_at, st.zone_id, st.name, t.name, c.first_name, s.currency, s.due_minor,
                       s.points_redeemed, s.points_earned, s.figures_differ, s.overdraft
                FROM sale s
                JOIN store st ON st.id = s.store_id
                JOIN terminal t ON t.id = s.terminal_id
                LEFT JOIN customer c ON c.id = s.customer_id
                WHERE st.business_id = ?
                ORDER BY s.rung_up_at DESC
                LIMIT ?""").setParameter(1, businessId).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new RecentSale((String) r[0],
                NativeValues.instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], ((Number) r[7]).longValue(), ((Number) r[8]).longValue(),
                ((Number) r[9]).longValue(), NativeValues.bool(r[10]), NativeValues.bool(r[11]))).toList();
    }

    /**
     * What a manager should look at: overdrawn balances, sales the server saw differently from the till (in the
     * words recorded with the sale), refunds that took back points already spent.
     */
    public List<Attention> needingAttention(String businessId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT x.at, x.zone, x.store, x.till, x.customer, x.what FROM (
                  SELECT s.rung_up_at AS at, st.zone_id AS zone, st.name AS store, t.name AS till,
                         c.first_name AS customer,
                         CONCAT_WS('; ',
                           IF(s.overdraft, CONCAT('points redeemed beyond the balance: ', s.points_redeemed,
                              ' redeemed, balance after ', s.balance_after), NULL),
                           IF(s.figures_differ, COALESCE(s.discrepancy, CONCAT('till figures differ: till charged ',
                              s.till_due_minor, ' and gave ', s.till_points_earned, ' points; server ', s.due_minor,
                              ' and ', s.points_earned)), NULL)) AS what
                  FROM sale s JOIN store st ON st.id = s.store_id JOIN terminal t ON t.id = s.terminal_id
                  LEFT JOIN customer c ON c.id = s.customer_id
                  WHERE st.business_id = ? AND (s.overdraft OR s.figures_differ)
                  UNION ALL
                  SELECT r.refunded_at, st.zone_id, st.name, t.name, c.first_name,
                         CONCAT_WS('; ',
                           IF(r.overdraft, CONCAT('refund took back points already spent: balance ', r.balance_after),
                              NULL),
                           IF(r.figures_differ, CONCAT('refund figures differ: the server gave back ',
                              r.money_back_minor, ' and took back ', r.points_earned_taken_back,
                              ' points; the till showed other figures'), NULL))
                  FROM refund r JOIN sale s ON s.id = r.sale_id JOIN store st ON st.id = s.store_id
                  JOIN terminal t ON t.id = r.terminal_id LEFT JOIN customer c ON c.id = s.customer_id
                  WHERE st.business_id = ? AND (r.overdraft OR r.figures_differ)) x
                ORDER BY x.at DESC LIMIT ?""")
                .setParameter(1, businessId).setParameter(2, businessId).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new Attention(NativeValues.instant(r[0]), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    /** One thing for a manager to look at. */
    public record Attention(java.time.Instant at, String zoneId, String storeName, String tillName,
                            String customerFirstName, String what) {
    }
}
