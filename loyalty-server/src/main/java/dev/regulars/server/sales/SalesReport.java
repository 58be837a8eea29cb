package dev.regulars.server.sales;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
                toLocal(r[1]).toInstant(ZoneOffset.UTC), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], ((Number) r[7]).longValue(), ((Number) r[8]).longValue(),
                ((Number) r[9]).longValue(), truthy(r[10]), truthy(r[11]))).toList();
    }

    private static LocalDateTime toLocal(Object value) {
        if (value instanceof LocalDateTime local) {
            return local;
        }
        return ((java.sql.Timestamp) value).toLocalDateTime();
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
