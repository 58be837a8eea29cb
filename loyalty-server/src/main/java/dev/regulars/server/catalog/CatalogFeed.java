package dev.regulars.server.catalog;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.sync.CatalogCategory;
import dev.regulars.core.sync.CatalogItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog as tills receive it (docs/API.md, "Pull changes"), read in the caller's transaction so it belongs to
 * the same snapshot as the rest of the page. Queries: the categories, the changed products, and only when there are
 * any, the business's modifier groups and which product has which.
 */
@ApplicationScoped
public class CatalogFeed {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Categories categories;
    @Inject
    private Products products;
    @Inject
    private ModifierGroups groups;

    /**
     * What changed after the cursor.
     *
     * @param categories every category of the business (inactive ones included) when any changed after the cursor,
     *                   else empty
     * @param items      the products changed after the cursor with their modifier groups; inactive ones too, so a
     *                   till drops them, except on a first pull (cursor 0), which has nothing to drop
     */
    public record Changes(List<CatalogCategory> categories, List<CatalogItem> items) {
    }

    public Changes since(String businessId, long cursor) {
        List<Category> all = categories.of(businessId);
        boolean categoriesChanged = all.stream().anyMatch(c -> c.changeSeq() > cursor);
        List<Product> changed = em.createQuery("SELECT p FROM Product p WHERE p.businessId = :b AND p.changeSeq > :s"
                        + (cursor == 0 ? " AND p.active = TRUE" : "") + " ORDER BY p.changeSeq", Product.class)
                .setParameter("b", businessId).setParameter("s", cursor).getResultList();
        List<CatalogItem> items = List.of();
        if (!changed.isEmpty()) {
            Map<String, String> categoryNames = all.stream().collect(Collectors.toMap(Category::id, Category::name));
            Map<String, ModifierGroup> groupsById = groups.of(businessId).stream()
                    .collect(Collectors.toMap(ModifierGroup::id, Function.identity()));
            Map<String, List<String>> groupIds = products.groupsBySku(businessId);
            items = changed.stream().map(p -> item(p, categoryNames.get(p.categoryId()),
                    groupIds.getOrDefault(p.sku(), List.of()).stream().map(groupsById::get)
                            .sorted(Comparator.comparingInt(ModifierGroup::position).thenComparing(ModifierGroup::name))
                            .map(ModifierGroup::wire).toList())).toList();
        }
        return new Changes(categoriesChanged ? all.stream().map(CatalogFeed::category).toList() : List.of(), items);
    }

    private static CatalogCategory category(Category c) {
        return new CatalogCategory(c.name(), c.colour(), c.position(), c.active());
    }

    private static CatalogItem item(Product p, String category,
                                    List<dev.regulars.core.sync.ModifierGroup> modifierGroups) {
        return new CatalogItem(p.sku(), p.name(), category, p.priceMinor(), BasisPoints.valueOf(p.vatRateBp()),
                p.barcode(), p.imageSha256(), modifierGroups, p.active(), p.position());
    }
}
