package dev.regulars.server.analytics;

import dev.regulars.server.staff.StoreLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The stores and business lines a figure can be filtered on, and the {@link Scope} a filter means. An id that is
 * not one of the business's is refused in words (a changed link, another business's store); so is, for a member of
 * staff limited to some stores, a store or line not theirs.
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
        return of(businessId, lineId, storeId, StoreLimit.ALL);
    }

    /**
     * The same for a member of staff limited to some stores: only their stores are in any scope.
     *
     * @param limit the stores the reader may see (StaffStores)
     * @throws IllegalArgumentException as {@link #within}
     */
    public Scope of(String businessId, String lineId, String storeId, StoreLimit limit) {
        return within(businessId, stores(businessId), lines(businessId), lineId, storeId, limit);
    }

    /**
     * The scope a filter means among the business's stores and lines, for a reader who may see {@code limit}.
     * No filter: every store the reader may see. A line: its stores the reader may see. A store: that store.
     *
     * @throws IllegalArgumentException with a key of the admin's texts: analytics.error.noSuchLine, noSuchStore,
     *                                  storeNotInLine; for a limited reader analytics.error.notYourStore,
     *                                  notYourLine (a store or line not theirs, whoever's it is), storeNotInLineMine
     */
    public static Scope within(String businessId, List<StoreChoice> stores, List<LineChoice> lines, String lineId,
                               String storeId, StoreLimit limit) {
        String line = blankToNull(lineId);
        String store = blankToNull(storeId);
        boolean limited = limit.isLimited();
        if (line != null && (lines.stream().noneMatch(l -> l.id().equals(line)) || limited && stores.stream()
                .noneMatch(s -> line.equals(s.lineId()) && limit.allows(s.id())))) {
            throw new IllegalArgumentException(limited ? "analytics.error.notYourLine" : "analytics.error.noSuchLine");
        }
        if (store != null) {
            StoreChoice chosen = stores.stream().filter(s -> s.id().equals(store) && limit.allows(s.id()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(limited
                            ? "analytics.error.notYourStore" : "analytics.error.noSuchStore"));
            if (line != null && !line.equals(chosen.lineId())) {
                throw new IllegalArgumentException(limited ? "analytics.error.storeNotInLineMine"
                        : "analytics.error.storeNotInLine");
            }
            return new Scope(businessId, List.of(store), line, store, limited);
        }
        return new Scope(businessId, stores.stream().filter(s -> (line == null || line.equals(s.lineId()))
                && limit.allows(s.id())).map(StoreChoice::id).toList(), line, null, limited);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
