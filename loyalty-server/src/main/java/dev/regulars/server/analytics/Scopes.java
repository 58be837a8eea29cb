package dev.regulars.server.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The stores and business lines a figure can be filtered on, and the {@link Scope} a filter means. An id that is
 * not one of the business's is refused in words (a changed link, another business's store).
 */
@ApplicationScoped
public class Scopes {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /** A store of the business with its line (null: none) and currency. */
    public record StoreChoice(String id, String name, String lineId, String currency) {
    }

    /** A business line and its name. */
    public record LineChoice(String id, String name) {
    }

    public List<StoreChoice> stores(String businessId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name, line_id, currency FROM store"
                + " WHERE business_id = ? ORDER BY name, id").setParameter(1, businessId).getResultList();
        return rows.stream().map(r -> new StoreChoice((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    public List<LineChoice> lines(String businessId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM business_line WHERE business_id = ?"
                + " ORDER BY name, id").setParameter(1, businessId).getResultList();
        return rows.stream().map(r -> new LineChoice((String) r[0], (String) r[1])).toList();
    }

    /**
     * @param lineId  a line of the business, or null/blank for all
     * @param storeId a store of the business, or null/blank for all (within the line, when both are given)
     * @throws IllegalArgumentException when an id is not the business's, or the store is not in the line
     */
    public Scope of(String businessId, String lineId, String storeId) {
        List<StoreChoice> stores = stores(businessId);
        String line = blankToNull(lineId);
        String store = blankToNull(storeId);
        if (line != null && lines(businessId).stream().noneMatch(l -> l.id().equals(line))) {
            throw new IllegalArgumentException("analytics.error.noSuchLine");
        }
        if (store != null) {
            StoreChoice chosen = stores.stream().filter(s -> s.id().equals(store)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("analytics.error.noSuchStore"));
            if (line != null && !line.equals(chosen.lineId())) {
                throw new IllegalArgumentException("analytics.error.storeNotInLine");
            }
            return new Scope(businessId, List.of(store), line, store);
        }
        return new Scope(businessId, stores.stream().filter(s -> line == null || line.equals(s.lineId()))
                .map(StoreChoice::id).toList(), line, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
