package dev.regulars.server.catalog.web;

import dev.regulars.core.money.Money;
import dev.regulars.server.catalog.Categories;
import dev.regulars.server.catalog.Category;
import dev.regulars.server.catalog.ModifierGroup;
import dev.regulars.server.catalog.ModifierGroups;
import dev.regulars.server.catalog.Product;
import dev.regulars.server.catalog.Products;
import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.stores.TerminalRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog page (catalog.xhtml, owner and managers): the categories with their colours, the modifier groups with
 * their options, and the products under their categories; deactivating and reactivating, deleting a group. The
 * editors (CategoryEditor, ModifierGroupEditor, ProductEditor) change one thing each and then {@link #load()} this.
 */
@Named("catalog")
@ViewScoped
public class CatalogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Categories categories;
    @Inject
    private ModifierGroups groups;
    @Inject
    private Products products;
    @Inject
    private StaffDirectory staff;
    @Inject
    private TerminalRegistry registry;

    private String currency;
    private List<CategoryRow> categoryRows = List.of();
    private List<GroupRow> groupRows = List.of();
    private List<Section> sections = List.of();

    /** A category as listed: how many active products it has. */
    public record CategoryRow(String id, String name, String colour, int position, boolean active, long products)
            implements Serializable {
    }

    /** A modifier group as listed: its rule and options in words, and how many products have it. */
    public record GroupRow(String id, String name, String rule, String options, long products) implements Serializable {
    }

    /** A product as listed; price and VAT in the reader's way of writing numbers. */
    public record ProductRow(String sku, String name, String price, String vat, String barcode, String imageSha256,
                             String modifiers, boolean active) implements Serializable {
    }

    /** A category's products, in its colour. */
    public record Section(String categoryId, String name, String colour, boolean active, List<ProductRow> products)
            implements Serializable {
    }

    @PostConstruct
    public void load() {
        String business = staff.current().businessId();
        currency = registry.storesOf(business).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("a business without a store has no catalog")).currency();
        List<Category> allCategories = categories.of(business);
        List<ModifierGroup> allGroups = groups.of(business);
        List<Product> allProducts = products.of(business);
        Map<String, List<String>> groupsBySku = products.groupsBySku(business);
        Map<String, String> groupNames = allGroups.stream().collect(Collectors.toMap(ModifierGroup::id,
                ModifierGroup::name));
        Map<String, Long> perCategory = allProducts.stream().filter(Product::active)
                .collect(Collectors.groupingBy(Product::categoryId, Collectors.counting()));
        Map<String, Long> perGroup = groupsBySku.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        categoryRows = allCategories.stream().map(c -> new CategoryRow(c.id(), c.name(), c.colour(), c.position(),
                c.active(), perCategory.getOrDefault(c.id(), 0L))).toList();
        groupRows = allGroups.stream().map(g -> new GroupRow(g.id(), g.name(), rule(g), options(g),
                perGroup.getOrDefault(g.id(), 0L))).toList();
        List<Section> shown = new ArrayList<>();
        for (Category c : allCategories) {
            shown.add(new Section(c.id(), c.name(), c.colour(), c.active(), allProducts.stream()
                    .filter(p -> p.categoryId().equals(c.id()))
                    .map(p -> row(p, groupsBySku.getOrDefault(p.sku(), List.of()).stream().map(groupNames::get)
                            .sorted().collect(Collectors.joining(", "))))
                    .toList()));
        }
        sections = shown;
    }

    public void deactivateCategory(String id) {
        act(() -> categories.setActive(staff.current(), id, false), "catalog.category.deactivated");
    }

    public void activateCategory(String id) {
        act(() -> categories.setActive(staff.current(), id, true), "catalog.category.activated");
    }

    public void deleteGroup(String id) {
        act(() -> groups.delete(staff.current(), id), "catalog.group.deleted");
    }

    public void deactivateProduct(String sku) {
        act(() -> products.setActive(staff.current(), sku, false), "catalog.product.deactivated");
    }

    public void activateProduct(String sku) {
        act(() -> products.setActive(staff.current(), sku, true), "catalog.product.activated");
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            AdminTexts.say(FacesMessage.SEVERITY_INFO, done);
        } catch (Problem e) {
            AdminTexts.refuse(e);
        }
        load();
    }

    private ProductRow row(Product p, String modifiers) {
        return new ProductRow(p.sku(), p.name(), money(p.priceMinor()), percent(p.vatRateBp()), p.barcode(),
                p.imageSha256(), modifiers, p.active());
    }

    private String rule(ModifierGroup g) {
        return AdminTexts.get(g.required() ? "catalog.group.required" : "catalog.group.optional") + " · "
                + AdminTexts.get(g.multiple() ? "catalog.group.several" : "catalog.group.one");
    }

    private String options(ModifierGroup g) {
        return g.options().stream().map(o -> o.priceDeltaMinor() == 0 ? o.name()
                        : o.name() + " " + (o.priceDeltaMinor() > 0 ? "+" : "−") + money(Math.abs(o.priceDeltaMinor())))
                .collect(Collectors.joining(", "));
    }

    String money(long minor) {
        return new Money(minor, Currency.getInstance(currency)).format(AdminTexts.locale());
    }

    private static String percent(int basisPoints) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(AdminTexts.locale());
        format.setMaximumFractionDigits(2);
        return format.format(java.math.BigDecimal.valueOf(basisPoints, 2)) + " %";
    }

    public List<CategoryRow> getCategories() {
        return categoryRows;
    }

    public List<GroupRow> getGroups() {
        return groupRows;
    }

    public List<Section> getSections() {
        return sections;
    }

    /** The business's currency code, for the form's labels. */
    public String getCurrency() {
        return currency;
    }
}
