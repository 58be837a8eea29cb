package dev.regulars.server.catalog.web;

import dev.regulars.core.catalog.Barcodes;
import dev.regulars.core.money.BasisPoints;
import dev.regulars.server.catalog.ImageCheck;
import dev.regulars.server.catalog.Product;
import dev.regulars.server.catalog.ProductDraft;
import dev.regulars.server.platform.FormFields;
import dev.regulars.server.platform.web.AdminTexts;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product form's fields as typed (text by field name: name, sku, category, price, vat, barcode, position; the
 * modifier groups as a list of ids) and what is wrong with each. The price is typed in major units of the business's
 * currency (VAT included), the VAT rate in percent (0 to 100, two decimals at most), the position as a whole number
 * (empty: after the others). The picture is checked by the editor ({@link ImageCheck}), whose problem lands under
 * {@code image}.
 */
public class ProductForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The longest product name: a till's tile and a receipt's line. */
    public static final int MAX_NAME = 80;

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private List<String> groups = new ArrayList<>();

    /** An empty form for a new product, in this category (or none chosen) at the usual VAT rate. */
    public static ProductForm empty(String categoryId, BasisPoints vatRate) {
        ProductForm form = new ProductForm();
        form.values.put("category", categoryId == null ? "" : categoryId);
        form.values.put("vat", percent(vatRate.value()));
        return form;
    }

    /** The fields filled with {@code product} and its groups. */
    public static ProductForm of(Product product, List<String> groupIds, Currency currency) {
        ProductForm form = new ProductForm();
        Map<String, String> v = form.values;
        v.put("name", product.name());
        v.put("sku", product.sku());
        v.put("category", product.categoryId());
        v.put("price", FormFields.typed(product.priceMinor(), currency));
        v.put("vat", percent(product.vatRateBp()));
        v.put("barcode", product.barcode() == null ? "" : product.barcode());
        v.put("position", String.valueOf(product.position()));
        form.groups = new ArrayList<>(groupIds);
        return form;
    }

    public Map<String, String> getValues() {
        return values;
    }

    /** What is wrong, by field name; empty when the last {@link #parse} succeeded. */
    public Map<String, String> getErrors() {
        return errors;
    }

    /** The ids of the modifier groups ticked. */
    public List<String> getGroups() {
        return groups;
    }

    public void setGroups(List<String> groups) {
        this.groups = groups == null ? new ArrayList<>() : new ArrayList<>(groups);
    }

    /** The SKU typed (new products) or shown (it is never changed), stripped. */
    public String sku() {
        String sku = values.get("sku");
        return sku == null ? "" : sku.strip();
    }

    /**
     * The product the fields say, or null with {@link #getErrors()} saying what is wrong next to each field.
     *
     * @param image       a picture the editor checked, or null
     * @param removeImage the product is to show no picture
     */
    public ProductDraft parse(Currency currency, ImageCheck.Checked image, boolean removeImage) {
        errors.keySet().removeIf(field -> !field.equals("image")); // the editor said what it found of the picture
        FormFields f = new FormFields(values, errors, currency);
        String name = f.text("name", "catalog.field.name", MAX_NAME, true);
        String sku = f.text("sku", "catalog.field.sku", 64, true);
        if (sku != null && !sku.matches("[A-Za-z0-9._-]+")) {
            errors.put("sku", AdminTexts.get("catalog.error.sku"));
        }
        String category = f.text("category", "catalog.field.category", 36, false);
        if (category == null) {
            errors.put("category", AdminTexts.get("form.choose", AdminTexts.get("catalog.field.category")
                    .toLowerCase(AdminTexts.locale())));
        }
        Long price = required(f.money("price", "catalog.field.price"), "price", "catalog.field.price");
        Integer vat = required(f.percent("vat", "catalog.field.vat", 0, BasisPoints.ONE_HUNDRED_PERCENT), "vat",
                "catalog.field.vat");
        String barcode = Barcodes.normalize(values.get("barcode"));
        Barcodes.Problem wrong = barcode == null ? null : Barcodes.problemWith(barcode);
        if (wrong != null) {
            errors.put("barcode", AdminTexts.get("catalog.error.barcode." + wrong.name(), barcode,
                    Barcodes.MAX_LENGTH));
        }
        Integer position = f.integer("position", "catalog.field.position", 1, 9_999, false);
        if (!errors.isEmpty()) {
            return null;
        }
        return new ProductDraft(name, category, price, BasisPoints.valueOf(vat), barcode, image, removeImage,
                position, groups);
    }

    /** A value the field must have: says so when it is empty and nothing else was said. */
    private <N> N required(N value, String field, String label) {
        if (value == null && !errors.containsKey(field)) {
            errors.put(field, AdminTexts.get("form.needed", AdminTexts.get(label)));
        }
        return value;
    }

    private static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }
}
