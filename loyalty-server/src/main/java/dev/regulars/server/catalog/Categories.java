package dev.regulars.server.catalog;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.staff.StaffAudit;
import dev.regulars.server.staff.StaffRole;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.ChangeSequence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The owner or a manager adds, changes, deactivates and reactivates the categories of the catalog. Every change
 * takes a change number (which also makes the business's catalog changes one at a time, so the checks below see
 * every other change) and is audited; renaming a category stamps its products too, which tills then fetch again.
 */
@ApplicationScoped
public class Categories {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private ChangeSequence changes;
    @Inject
    private StaffAudit audit;

    /** The business's categories in the grid's order (position, then name), inactive ones included. */
    public List<Category> of(String businessId) {
        return CatalogRows.inOrder(em, Category.class, businessId);
    }

    /**
     * Adds a category (id null) or changes one.
     *
     * @param name     1 to 40 characters (the form checked them), unique within the business whatever the case
     * @param colour   {@code #RRGGBB}
     * @param position order in the grid, or null: after the others (a new one) or where it was
     * @throws Problem for a marketer, an unknown category, a name another category has
     */
    @Transactional
    public Category save(StaffUser staff, String id, String name, String colour, Integer position) {
        mayChange(staff);
        String business = staff.businessId();
        long seq = changes.next(business);
        Category category = id == null ? null : find(business, id);
        if (CatalogRows.nameTaken(em, "Category", business, name, id)) {
            throw new Problem("catalog.category.nameTaken", name);
        }
        String colourUpper = colour.toUpperCase(java.util.Locale.ROOT);
        if (category == null) {
            int at = position == null ? CatalogRows.nextPosition(em, "Category", business) : position;
            category = new Category(business, name, colourUpper, at, seq);
            em.persist(category);
            audit.record(staff, "CATALOG_CATEGORY_ADDED", category.id(), name + ", " + colourUpper);
            return category;
        }
        String before = category.name() + ", " + category.colour() + ", " + category.position();
        boolean renamed = !category.name().equals(name);
        category.change(name, colourUpper, position == null ? category.position() : position, seq);
        if (renamed) { // its products carry its name to the tills
            em.createQuery("UPDATE Product p SET p.changeSeq = :s WHERE p.categoryId = :c")
                    .setParameter("s", seq).setParameter("c", category.id()).executeUpdate();
        }
        audit.record(staff, "CATALOG_CATEGORY_CHANGED", category.id(), before + " -> " + name + ", " + colourUpper
                + ", " + category.position());
        return category;
    }

    /**
     * Takes a category off the tills' grid, or puts it back.
     *
     * @throws Problem for a marketer, an unknown category, deactivating one that still has active products
     */
    @Transactional
    public void setActive(StaffUser staff, String id, boolean active) {
        mayChange(staff);
        long seq = changes.next(staff.businessId());
        Category category = find(staff.businessId(), id);
        if (!active) {
            long products = em.createQuery("SELECT COUNT(p) FROM Product p WHERE p.categoryId = :c AND p.active = TRUE",
                    Long.class).setParameter("c", id).getSingleResult();
            if (products > 0) {
                throw new Problem("catalog.category.hasProducts", category.name(), products);
            }
        }
        category.setActive(active, seq);
        audit.record(staff, active ? "CATALOG_CATEGORY_ACTIVATED" : "CATALOG_CATEGORY_DEACTIVATED", id,
                category.name());
    }

    /** The business's category with this id; a Problem when there is none. */
    Category find(String businessId, String id) {
        Category category = id == null ? null : em.find(Category.class, id);
        if (category == null || !category.businessId().equals(businessId)) {
            throw new Problem("catalog.category.unknown");
        }
        return category;
    }

    /** Only the owner and managers change the catalog. */
    static void mayChange(StaffUser staff) {
        if (staff.role() == StaffRole.MARKETER) {
            throw new Problem("catalog.onlyManagers");
        }
    }
}
