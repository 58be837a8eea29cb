package dev.regulars.server.catalog.web;

import dev.regulars.server.catalog.Categories;
import dev.regulars.server.catalog.Category;
import dev.regulars.server.platform.FormFields;
import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The category form of the catalog page: a name (1 to 40 characters), a colour ({@code #RRGGBB}, the browser's
 * colour picker) and a position in the grid (empty: after the others); each problem next to its field.
 */
@Named("categoryEditor")
@ViewScoped
public class CategoryEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The colour a new category starts with. */
    public static final String FIRST_COLOUR = "#8D6E63";

    @Inject
    private Categories categories;
    @Inject
    private StaffDirectory staff;
    @Inject
    private CatalogPage page;

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private boolean open;
    private String id;

    public void openNew() {
        start(null);
        values.put("colour", FIRST_COLOUR);
    }

    /** Opens the business's category with this id. */
    public void open(String categoryId) {
        Category category = categories.of(staff.current().businessId()).stream()
                .filter(c -> c.id().equals(categoryId)).findFirst().orElse(null);
        if (category == null) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "catalog.category.unknown");
            return;
        }
        start(category.id());
        values.put("name", category.name());
        values.put("colour", category.colour());
        values.put("position", String.valueOf(category.position()));
    }

    private void start(String categoryId) {
        id = categoryId;
        open = true;
        values.clear();
        errors.clear();
    }

    public void save() {
        errors.clear();
        FormFields f = new FormFields(values, errors, null);
        String name = f.text("name", "catalog.field.categoryName", 40, true);
        String colour = values.get("colour") == null ? "" : values.get("colour").strip();
        if (!colour.matches("#[0-9A-Fa-f]{6}")) {
            errors.put("colour", AdminTexts.get("catalog.error.colour"));
        }
        Integer position = f.integer("position", "catalog.field.position", 1, 9_999, false);
        if (!errors.isEmpty()) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "catalog.error.fields");
            return;
        }
        try {
            categories.save(staff.current(), id, name, colour, position);
        } catch (Problem e) {
            AdminTexts.refuse(e, java.util.Map.of("catalog.category.nameTaken", "name"), errors);
            return;
        }
        AdminTexts.say(FacesMessage.SEVERITY_INFO, "catalog.category.saved", name);
        open = false;
        page.load();
    }

    public void close() {
        open = false;
    }

    public boolean isOpen() {
        return open;
    }

    /** A new category (not one being changed). */
    public boolean isNew() {
        return id == null;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, String> getErrors() {
        return errors;
    }
}
