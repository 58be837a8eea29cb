package dev.regulars.server.catalog;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.staff.StaffAudit;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.ChangeSequence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The owner or a manager adds and changes products, with their picture and modifier groups, and takes them off the
 * tills or puts them back; each save is one transaction (nothing half-written) that takes a change number, stamped on
 * the product so tills fetch it again, and is audited. A barcode belongs to one product of the business.
 */
@ApplicationScoped
public class Products {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private ChangeSequence changes;
    @Inject
    private Categories categories;
    @Inject
    private ProductImages images;
    @Inject
    private StaffAudit audit;

    /** The business's products, inactive ones included, in their order within a category (position, then name). */
    public List<Product> of(String businessId) {
        return em.createQuery("SELECT p FROM Product p WHERE p.businessId = :b ORDER BY p.position, p.name",
                Product.class).setParameter("b", businessId).getResultList();
    }

    /** The business's product with this SKU, or null. */
    public Product find(String businessId, String sku) {
        return sku == null ? null : em.find(Product.class, new Product.Key(businessId, sku));
    }

    /** The modifier groups each product of the business has (ids), by SKU; a product without any is not a key. */
    public Map<String, List<String>> groupsBySku(String businessId) {
        Map<String, List<String>> groups = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT sku, group_id FROM product_modifier_group WHERE business_id = ?")
                .setParameter(1, businessId).getResultList()) {
            Object[] r = (Object[]) row;
            groups.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return groups;
    }

    /**
     * Adds a product ({@code isNew}) or changes the one with this SKU (a SKU is never changed).
     *
     * @param sku letters, digits, '.', '_' and '-', at most 64 (the form checked it)
     * @throws Problem for a marketer, a SKU taken (naming the product) or unknown, a category unknown or inactive,
     *                 a barcode another product has (naming it), a modifier group not of the business
     */
    @Transactional
    public Product save(StaffUser staff, String sku, boolean isNew, ProductDraft draft) {
        Categories.mayChange(staff);
        String business = staff.businessId();
        long seq = changes.next(business);
        Product product = find(business, sku);
        if (isNew && product != null) {
            throw new Problem("catalog.product.skuTaken", sku, product.name());
        }
        if (!isNew && product == null) {
            throw new Problem("catalog.product.unknown");
        }
        Category category = categories.find(business, draft.categoryId());
        if (!category.active()) {
            throw new Problem("catalog.product.categoryInactive", category.name());
        }
        checkBarcode(business, sku, draft.barcode());
        if (new HashSet<>(draft.groupIds()).size() != countGroups(business, draft.groupIds())) {
            throw new Problem("catalog.group.unknown");
        }
        boolean sameCategory = product != null && product.categoryId().equals(category.id());
        int position = draft.position() != null ? draft.position()
                : sameCategory ? product.position() : next(business, category.id());
        String before = product == null ? null : describe(product);
        String oldImage = product == null ? null : product.imageSha256();
        if (product == null) {
            product = new Product(business, sku, draft, position, seq);
            em.persist(product);
        } else {
            product.change(draft, position, seq);
        }
        if (draft.image() != null) {
            images.store(business, draft.image());
            product.showImage(draft.image().sha256());
        } else if (draft.removeImage()) {
            product.showImage(null);
        }
        em.flush();
        linkGroups(business, sku, draft.groupIds());
        if (!Objects.equals(oldImage, product.imageSha256())) {
            images.forgetUnlessShown(business, oldImage);
        }
        audit.record(staff, isNew ? "CATALOG_PRODUCT_ADDED" : "CATALOG_PRODUCT_CHANGED", sku,
                (before == null ? "" : before + " -> ") + describe(product));
        return product;
    }

    /**
     * Takes a product off the tills (they drop it; its sales still sync) or puts it back.
     *
     * @throws Problem for a marketer, an unknown SKU, putting back a product whose category is inactive
     */
    @Transactional
    public void setActive(StaffUser staff, String sku, boolean active) {
        Categories.mayChange(staff);
        long seq = changes.next(staff.businessId());
        Product product = find(staff.businessId(), sku);
        if (product == null) {
            throw new Problem("catalog.product.unknown");
        }
        Category category = categories.find(staff.businessId(), product.categoryId());
        if (active && !category.active()) {
            throw new Problem("catalog.product.categoryInactive", category.name());
        }
        product.setActive(active, seq);
        audit.record(staff, active ? "CATALOG_PRODUCT_ACTIVATED" : "CATALOG_PRODUCT_DEACTIVATED", sku, product.name());
    }

    private void checkBarcode(String business, String sku, String barcode) {
        if (barcode == null) {
            return;
        }
        em.createQuery("SELECT p FROM Product p WHERE p.businessId = :b AND p.barcode = :c AND p.sku <> :s",
                        Product.class)
                .setParameter("b", business).setParameter("c", barcode).setParameter("s", sku)
                .getResultStream().findFirst().ifPresent(other -> {
                    throw new Problem("catalog.product.barcodeTaken", barcode, other.name(), other.sku());
                });
    }

    private long countGroups(String business, List<String> ids) {
        return ids.isEmpty() ? 0 : em.createQuery("SELECT COUNT(g) FROM ModifierGroup g WHERE g.businessId = :b"
                + " AND g.id IN :ids", Long.class).setParameter("b", business).setParameter("ids", ids).getSingleResult();
    }

    private void linkGroups(String business, String sku, List<String> groupIds) {
        em.createNativeQuery("DELETE FROM product_modifier_group WHERE business_id = ? AND sku = ?")
                .setParameter(1, business).setParameter(2, sku).executeUpdate();
        for (String group : new HashSet<>(groupIds)) {
            em.createNativeQuery("INSERT INTO product_modifier_group (business_id, sku, group_id) VALUES (?, ?, ?)")
                    .setParameter(1, business).setParameter(2, sku).setParameter(3, group).executeUpdate();
        }
    }

    private int next(String businessId, String categoryId) {
        Integer last = em.createQuery("SELECT MAX(p.position) FROM Product p WHERE p.businessId = :b"
                + " AND p.categoryId = :c", Integer.class).setParameter("b", businessId).setParameter("c", categoryId)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private static String describe(Product p) {
        return p.name() + ", " + p.priceMinor() + " minor, VAT " + p.vatRateBp() + " bp, barcode " + p.barcode()
                + ", image " + (p.imageSha256() == null ? "none" : p.imageSha256().substring(0, 12));
    }
}
