package dev.regulars.server.catalog;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.sync.ModifierOption;
import dev.regulars.server.stores.ChangeSequence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo café's menu: four categories in colours, Dutch VAT (9 % on food and soft drinks, 21 % on the tote
 * bag), barcodes on what comes packed, and Size, Milk and Extras on the coffees. Made in the caller's transaction,
 * for a new demo café, or over the plain catalog of a demo database made before catalogs had all this (when the
 * business has no modifier group yet); products and categories are found by SKU and name, so nothing is doubled.
 */
@ApplicationScoped
public class DemoCatalog {

    private static final BasisPoints LOW_VAT = BasisPoints.percent(9);
    private static final BasisPoints HIGH_VAT = BasisPoints.percent(21);
    /** Name, colour. */
    private static final String[][] CATEGORIES = {{"Coffee", "#6F4E37"}, {"Tea", "#2E7D32"},
            {"Cold drinks", "#1E88E5"}, {"Bakery", "#F9A825"}, {"Shop", "#7B1FA2"}};
    private static final List<ModifierGroupDraft> GROUPS = List.of(
            new ModifierGroupDraft("Size", true, false, List.of(new ModifierOption("Small", 0),
                    new ModifierOption("Regular", 0), new ModifierOption("Large", 50)), 1),
            new ModifierGroupDraft("Milk", false, false, List.of(new ModifierOption("Whole", 0),
                    new ModifierOption("Oat", 40), new ModifierOption("Soy", 40)), 2),
            new ModifierGroupDraft("Extras", false, true, List.of(new ModifierOption("Extra shot", 60),
                    new ModifierOption("Syrup", 50)), 3));
    /** SKU, name, category, price in cents, barcode or "", modifier groups. */
    private static final String[][] PRODUCTS = {
            {"ESPRESSO", "Espresso", "Coffee", "240", "", "Extras"},
            {"FLAT-WHITE", "Flat white", "Coffee", "380", "", "Size Milk Extras"},
            {"CAPPUCCINO", "Cappuccino", "Coffee", "360", "", "Size Milk Extras"},
            {"LATTE", "Caffè latte", "Coffee", "390", "", "Size Milk Extras"},
            {"TEA", "Fresh mint tea", "Tea", "290", "", "Size"},
            {"OJ", "Orange juice", "Cold drinks", "350", "8712345000011", ""},
            {"SPARKLING", "Sparkling water", "Cold drinks", "300", "8712345000028", ""},
            {"CROISSANT", "Croissant", "Bakery", "290", "", ""},
            {"CHEESECAKE", "Cheesecake", "Bakery", "450", "", ""},
            {"STROOPWAFELS", "Stroopwafels (pack of 8)", "Bakery", "395", "8712345000035", ""},
            {"TOTE-BAG", "Regulars tote bag", "Shop", "1250", "8712345000042", ""},
    };

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private ChangeSequence changes;
    @Inject
    private ModifierGroups modifierGroups;

    /** Fills the demo business's catalog, unless it has modifier groups already (an owner has been at it). */
    public void fill(String businessId) {
        if (!modifierGroups.of(businessId).isEmpty()) {
            return;
        }
        long seq = changes.next(businessId);
        Map<String, String> categoryIds = new HashMap<>();
        for (int i = 0; i < CATEGORIES.length; i++) {
            String name = CATEGORIES[i][0];
            Category category = em.createQuery("SELECT c FROM Category c WHERE c.businessId = :b AND c.name = :n",
                            Category.class).setParameter("b", businessId).setParameter("n", name)
                    .getResultStream().findFirst().orElse(null);
            if (category == null) {
                category = new Category(businessId, name, CATEGORIES[i][1], i + 1, seq);
                em.persist(category);
            } else {
                category.change(name, CATEGORIES[i][1], i + 1, seq);
            }
            categoryIds.put(name, category.id());
        }
        Map<String, String> groupIds = new HashMap<>();
        for (ModifierGroupDraft draft : GROUPS) {
            ModifierGroup group = new ModifierGroup(businessId, draft, draft.position());
            em.persist(group);
            groupIds.put(draft.name(), group.id());
        }
        em.flush(); // the products below name the categories: those rows go first
        int position = 0;
        for (String[] p : PRODUCTS) {
            ProductDraft draft = new ProductDraft(p[1], categoryIds.get(p[2]), Long.parseLong(p[3]),
                    p[0].equals("TOTE-BAG") ? HIGH_VAT : LOW_VAT, p[4].isEmpty() ? null : p[4], null, false, null,
                    List.of());
            Product product = em.find(Product.class, new Product.Key(businessId, p[0]));
            if (product == null) {
                em.persist(new Product(businessId, p[0], draft, ++position, seq));
            } else {
                product.change(draft, ++position, seq);
            }
        }
        em.flush();
        for (String[] p : PRODUCTS) {
            for (String group : p[5].split(" ")) {
                if (!group.isEmpty()) {
                    em.createNativeQuery("INSERT INTO product_modifier_group (business_id, sku, group_id)"
                                    + " VALUES (?, ?, ?)")
                            .setParameter(1, businessId).setParameter(2, p[0]).setParameter(3, groupIds.get(group))
                            .executeUpdate();
                }
            }
        }
    }
}
