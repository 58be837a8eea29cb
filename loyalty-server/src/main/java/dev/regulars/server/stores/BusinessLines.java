package dev.regulars.server.stores;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Business lines: stores of one owner grouped by what they are (a café and a bakery), for the owner's figures per
 * line (table business_line, store.line_id; V37). A line exists while a store is in it. Called inside the
 * transaction of a store's settings ({@link StoreSettings}).
 */
@ApplicationScoped
public class BusinessLines {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @jakarta.inject.Inject
    private Clock clock;

    /** A store of the business with its line (both null: none). */
    public record LinedStore(String storeId, String storeName, String lineId, String lineName) {
    }

    /** The business's stores with their lines, by line name (stores without a line last), then store name. */
    public List<LinedStore> storesOf(String businessId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.name, l.id, l.name FROM store s"
                + " LEFT JOIN business_line l ON l.id = s.line_id WHERE s.business_id = ?"
                + " ORDER BY l.name IS NULL, l.name, s.name, s.id").setParameter(1, businessId).getResultList();
        return rows.stream().map(r -> new LinedStore((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    /** The name of the store's line, or null. */
    public String nameOf(String storeId) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("SELECT l.name FROM store s JOIN business_line l"
                + " ON l.id = s.line_id WHERE s.id = ?").setParameter(1, storeId).getResultList();
        return names.isEmpty() ? null : names.get(0);
    }

    /**
     * Puts the store in the line of that name (made when the business has none of that name, letters' case
     * ignored as MariaDB's collation does), or in none; then removes the business's lines without stores.
     */
    void place(String businessId, String storeId, String lineName) {
        String lineId = null;
        if (lineName != null) {
            @SuppressWarnings("unchecked")
            List<String> found = em.createNativeQuery("SELECT id FROM business_line WHERE business_id = ?"
                    + " AND name = ?").setParameter(1, businessId).setParameter(2, lineName).getResultList();
            if (found.isEmpty()) {
                lineId = UUID.randomUUID().toString();
                em.createNativeQuery("INSERT INTO business_line (id, business_id, name, created_at)"
                        + " VALUES (?, ?, ?, ?)").setParameter(1, lineId).setParameter(2, businessId)
                        .setParameter(3, lineName)
                        .setParameter(4, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate();
            } else {
                lineId = found.get(0);
            }
        }
        em.createNativeQuery("UPDATE store SET line_id = ? WHERE id = ?").setParameter(1, lineId)
                .setParameter(2, storeId).executeUpdate();
        em.createNativeQuery("DELETE l FROM business_line l LEFT JOIN store s ON s.line_id = l.id"
                + " WHERE l.business_id = ? AND s.id IS NULL").setParameter(1, businessId).executeUpdate();
    }
}
