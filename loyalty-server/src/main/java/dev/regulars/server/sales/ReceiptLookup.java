package dev.regulars.server.sales;

import dev.regulars.server.platform.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A sale as its receipt showed it, for the pages that other contexts build on a receipt (the rating page). */
@ApplicationScoped
public class ReceiptLookup {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /**
     * What a receipt shows of a visit.
     *
     * @param dueMinor    what was paid, minor units of {@code currency}
     * @param customerId  null for an anonymous sale
     * @param items       "2 × Flat white", in the order rung up
     */
    public record Receipt(String saleId, String businessId, String storeId, String storeName, String zoneId,
                          String tillName, Instant rungUpAt, long dueMinor, String currency, String customerId,
                          List<String> items) {
    }

    public Optional<Receipt> bySaleId(String saleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.id, st.business_id, st.id, st.name, st.zone_id, t.name, s.rung_up_at, s.due_minor,
                       s.currency, s.customer_id
                FROM sale s JOIN store st ON st.id = s.store_id JOIN terminal t ON t.id = s.terminal_id
                WHERE s.id = ?""").setParameter(1, saleId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> lines = em.createNativeQuery("SELECT quantity, name FROM sale_line WHERE sale_id = ?"
                + " ORDER BY line_no").setParameter(1, saleId).getResultList();
        return Optional.of(new Receipt((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], NativeValues.instant(r[6]), ((Number) r[7]).longValue(), (String) r[8],
                (String) r[9], lines.stream().map(l -> ((Number) l[0]).intValue() + " × " + l[1]).toList()));
    }
}
