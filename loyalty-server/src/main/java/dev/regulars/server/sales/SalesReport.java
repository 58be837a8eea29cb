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

    /** The latest sales of the business at the reader's stores, newest first. */
    public List<RecentSale> recent(String businessId, dev.regulars.server.staff.StoreLimit stores, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.id, s.rung_up_at, st.zone_id, st.name, t.name, c.first_name, s.currency, s.due_minor,
                       s.points_redeemed, s.points_earned, s.figures_differ, s.overdraft
                FROM sale s
                JOIN store st ON st.id = s.store_id
                JOIN terminal t ON t.id = s.terminal_id
                LEFT JOIN customer c ON c.id = s.customer_id
                WHERE st.business_id = ?""" + stores.sqlAnd("s.store_id") + """

                ORDER BY s.rung_up_at DESC
                LIMIT ?""").setParameter(1, businessId).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new RecentSale((String) r[0],
                NativeValues.instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], ((Number) r[7]).longValue(), ((Number) r[8]).longValue(),
                ((Number) r[9]).longValue(), NativeValues.bool(r[10]), NativeValues.bool(r[11]))).toList();
    }

    /**
     * A customer's latest visits, newest first: their own sales and those of the records merged into them (the card
     * page's "recent visits").
     *
     * @param customerIds the customer and their merged records (CustomerDirectory.withMergedRecords)
     */
    public List<RecentSale> visitsOf(List<String> customerIds, int limit) {
        jakarta.persistence.Query query = em.createNativeQuery("SELECT s.id, s.rung_up_at, st.zone_id, st.name,"
                + " s.currency, s.due_minor, s.points_redeemed, s.points_earned FROM sale s JOIN store st"
                + " ON st.id = s.store_id WHERE s.customer_id IN ("
                + String.join(",", customerIds.stream().map(id -> "?").toList())
                + ") ORDER BY s.rung_up_at DESC LIMIT " + Math.max(1, limit));
        for (int i = 0; i < customerIds.size(); i++) {
            query.setParameter(i + 1, customerIds.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new RecentSale((String) r[0], NativeValues.instant(r[1]), (String) r[2],
                (String) r[3], null, null, (String) r[4], ((Number) r[5]).longValue(), ((Number) r[6]).longValue(),
                ((Number) r[7]).longValue(), false, false)).toList();
    }

    /**
     * What a manager should look at: overdrawn balances, sales the server saw differently from the till (in the
     * words recorded with the sale), refunds that took back points already spent. Each item says what happened as
     * admin texts (keys {@code attention.*} with their arguments; amounts as Money), newest first; of the reader's
     * stores.
     */
    public List<Attention> needingAttention(String businessId, dev.regulars.server.staff.StoreLimit stores,
                                            int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT x.at, x.zone, x.store, x.till, x.customer, x.refund, x.overdraft, x.differ, x.recorded,
                       x.n1, x.n2, x.n3, x.n4, x.n5, x.n6, x.currency FROM (
                  SELECT s.rung_up_at AS at, st.zone_id AS zone, st.name AS store, t.name AS till,
                         c.first_name AS customer, FALSE AS refund, s.overdraft AS overdraft,
                         s.figures_differ AS differ, s.discrepancy AS recorded,
                         s.points_redeemed AS n1, s.balance_after AS n2, s.till_due_minor AS n3,
                         s.till_points_earned AS n4, s.due_minor AS n5, s.points_earned AS n6, s.currency AS currency
                  FROM sale s JOIN store st ON st.id = s.store_id JOIN terminal t ON t.id = s.terminal_id
                  LEFT JOIN customer c ON c.id = s.customer_id
                  WHERE st.business_id = ? AND (s.overdraft OR s.figures_differ)""" + stores.sqlAnd("s.store_id")
                + """

                  UNION ALL
                  SELECT r.refunded_at, st.zone_id, st.name, t.name, c.first_name, TRUE, r.overdraft,
                         r.figures_differ, NULL, r.balance_after, r.money_back_minor, r.points_earned_taken_back,
                         0, 0, 0, s.currency
                  FROM refund r JOIN sale s ON s.id = r.sale_id JOIN store st ON st.id = s.store_id
                  JOIN terminal t ON t.id = r.terminal_id LEFT JOIN customer c ON c.id = s.customer_id
                  WHERE st.business_id = ? AND (r.overdraft OR r.figures_differ)""" + stores.sqlAnd("s.store_id")
                + """
                ) x
                ORDER BY x.at DESC LIMIT ?""")
                .setParameter(1, businessId).setParameter(2, businessId).setParameter(3, limit).getResultList();
        return rows.stream().map(SalesReport::attention).toList();
    }

    private static Attention attention(Object[] r) {
        boolean refund = NativeValues.bool(r[5]);
        boolean overdraft = NativeValues.bool(r[6]);
        boolean differ = NativeValues.bool(r[7]);
        String currency = (String) r[15];
        List<Words> what = new java.util.ArrayList<>();
        if (refund) {
            if (overdraft) {
                what.add(new Words("attention.refundOverdraft", num(r[9])));
            }
            if (differ) {
                what.add(new Words("attention.refundDiffers", money(num(r[10]), currency), num(r[11])));
            }
        } else {
            if (overdraft) {
                what.add(new Words("attention.overdraft", num(r[9]), num(r[10])));
            }
            if (differ && r[8] != null) {
                what.add(new Words("attention.recorded", r[8]));
            } else if (differ) {
                what.add(new Words("attention.figuresDiffer", money(num(r[11]), currency), num(r[12]),
                        money(num(r[13]), currency), num(r[14])));
            }
        }
        return new Attention(NativeValues.instant(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                what);
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static dev.regulars.core.money.Money money(long minor, String currency) {
        return dev.regulars.core.money.Money.of(minor, currency);
    }

    /** One thing for a manager to look at. */
    public record Attention(java.time.Instant at, String zoneId, String storeName, String tillName,
                            String customerFirstName, List<Words> what) {
    }

    /**
     * A sentence of the admin's texts: {@code key} filled with {@code args} (Money is formatted in the reader's
     * locale; "attention.recorded" carries the words the server recorded with the sale).
     */
    public record Words(String key, List<Object> args) {
        public Words(String key, Object... args) {
            this(key, List.of(args));
        }
    }
}
