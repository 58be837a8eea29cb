package dev.regulars.server.sales;

import dev.regulars.server.platform.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return Optional.ofNullable(bySaleIds(List.of(saleId)).get(saleId));
    }

    /** The receipts of these sales by sale id, in two queries whatever their number; unknown ids are left out. */
    public Map<String, Receipt> bySaleIds(Collection<String> ids) {
        List<String> saleIds = List.copyOf(ids);
        Map<String, Receipt> receipts = new HashMap<>();
        if (saleIds.isEmpty()) {
            return receipts;
        }
        String marks = String.join(", ", Collections.nCopies(saleIds.size(), "?"));
        Map<String, List<String>> items = new HashMap<>();
        for (Object[] l : rows("SELECT sale_id, quantity, name FROM sale_line WHERE sale_id IN (" + marks + ")"
                + " ORDER BY sale_id, line_no", saleIds)) {
            items.computeIfAbsent((String) l[0], k -> new ArrayList<>()).add(((Number) l[1]).intValue() + " × " + l[2]);
        }
        for (Object[] r : rows("""
                SELECT s.id, st.business_id, st.id, st.name, st.zone_id, t.name, s.rung_up_at, s.due_minor,
                       s.currency, s.customer_id
                FROM sale s JOIN store st ON st.id = s.store_id JOIN terminal t ON t.id = s.terminal_id
                WHERE s.id IN (""" + marks + ")", saleIds)) {
            receipts.put((String) r[0], new Receipt((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], NativeValues.instant(r[6]), ((Number) r[7]).longValue(),
                    (String) r[8], (String) r[9], items.getOrDefault((String) r[0], List.of())));
        }
        return receipts;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<String> saleIds) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        int i = 1;
        for (String id : saleIds) {
            query.setParameter(i++, id);
        }
        return query.getResultList();
    }
}
