package dev.regulars.server.catalog;

import jakarta.persistence.EntityManager;

/** Questions the catalog's services ask of a kind of row (Category, ModifierGroup) the same way. */
final class CatalogRows {

    private CatalogRows() {
    }

    /** The business's rows of this kind in their order: position, then name. */
    static <T> java.util.List<T> inOrder(EntityManager em, Class<T> type, String businessId) {
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.businessId = :b"
                + " ORDER BY r.position, r.name", type).setParameter("b", businessId).getResultList();
    }

    /**
     * Whether another row of this kind of the business has this name (the database compares without case).
     *
     * @param entity the entity's name in JPQL: Category or ModifierGroup
     * @param id     the row being changed, or null for a new one
     */
    static boolean nameTaken(EntityManager em, String entity, String businessId, String name, String id) {
        return em.createQuery("SELECT COUNT(r) FROM " + entity + " r WHERE r.businessId = :b AND r.name = :n"
                        + " AND r.id <> :id", Long.class)
                .setParameter("b", businessId).setParameter("n", name).setParameter("id", id == null ? "" : id)
                .getSingleResult() > 0;
    }

    /** The position after the business's last row of this kind: 1 for the first. */
    static int nextPosition(EntityManager em, String entity, String businessId) {
        Integer last = em.createQuery("SELECT MAX(r.position) FROM " + entity + " r WHERE r.businessId = :b",
                Integer.class).setParameter("b", businessId).getSingleResult();
        return last == null ? 1 : last + 1;
    }
}
