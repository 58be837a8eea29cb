package dev.regulars.pos.ui.sale;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.sync.CatalogCategory;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.pos.journal.Journal;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The product side of the sale screen: category tabs, the grid of the chosen category (or the search's results
 * across all), and the modifier questions of the product tapped. Lines go to {@code onLine}.
 */
public final class ProductGridModel {

    private final ObservableList<CatalogCategory> categories = FXCollections.observableArrayList();
    private final ObservableList<CatalogItem> items = FXCollections.observableArrayList();
    private final StringProperty category = new SimpleStringProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ModifierChoice> choosing = new SimpleObjectProperty<>();
    private final List<CatalogItem> all;
    /** Each product's name and SKU as search compares them ({@link #folded}), made once. */
    private final java.util.Map<CatalogItem, String> searchable = new java.util.IdentityHashMap<>();
    private final Journal journal;
    private final Consumer<CheckLine> onLine;

    public ProductGridModel(Journal journal, Consumer<CheckLine> onLine) {
        this.journal = journal;
        this.onLine = onLine;
        this.all = journal.catalog();
        all.forEach(i -> searchable.put(i, folded(i.name()) + "\n" + folded(i.sku())));
        categories.setAll(journal.categories().stream()
                .filter(c -> all.stream().anyMatch(i -> i.category().equals(c.name()))).toList());
        category.addListener((obs, was, now) -> show());
        search.addListener((obs, was, now) -> show());
        category.set(categories.isEmpty() ? null : categories.get(0).name());
        show();
    }

    private void show() {
        String typed = search.get() == null ? "" : folded(search.get().strip());
        if (!typed.isEmpty()) {
            items.setAll(all.stream().filter(i -> searchable.get(i).contains(typed)
                    || (i.barcode() != null && i.barcode().contains(typed))).toList());
        } else if (category.get() == null) {
            items.setAll(all);
        } else {
            items.setAll(all.stream().filter(i -> i.category().equals(category.get())).toList());
        }
    }

    /**
     * A text as search compares it: lower case, without accents or diacritics (Unicode NFD, marks dropped), so
     * "cafe" finds "Café", "creme" finds "Crème" and "еж" finds "ёж", as a cashier types them without the accent.
     */
    static String folded(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    /** A product tapped: straight onto the check, or its questions first. */
    public void tap(CatalogItem item) {
        if (item.modifierGroups().isEmpty()) {
            onLine.accept(new ModifierChoice(item).line());
        } else {
            choosing.set(new ModifierChoice(item));
        }
    }

    /**
     * Adds the product with the answers given.
     *
     * @throws dev.regulars.core.words.KeyedRefusal when a required question has no answer (the questions stay open)
     */
    public void confirmChoice() {
        ModifierChoice choice = choosing.get();
        if (choice != null) {
            CheckLine line = choice.line();
            choosing.set(null);
            onLine.accept(line);
        }
    }

    public void cancelChoice() {
        choosing.set(null);
    }

    /** A scanned barcode: the product it names, tapped; false when no product has it. */
    public boolean scanned(String code) {
        var item = journal.itemByBarcode(code);
        item.ifPresent(this::tap);
        return item.isPresent();
    }

    /** Whether a product has this barcode (nothing is tapped). */
    boolean knows(String code) {
        return journal.itemByBarcode(code).isPresent();
    }

    public ObservableList<CatalogCategory> categories() {
        return categories;
    }

    public ObservableList<CatalogItem> items() {
        return items;
    }

    /** The category shown; null when the catalog has none. */
    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The product whose questions are open; null when none. */
    public ObjectProperty<ModifierChoice> choosingProperty() {
        return choosing;
    }
}
