package dev.regulars.server.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.server.catalog.ProductDraft;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The product form's fields, read without a page: each refusal next to its field, never a crash. */
class ProductFormTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static ProductForm filled() {
        ProductForm form = ProductForm.empty("cat-1", BasisPoints.percent(9));
        form.getValues().put("name", " Flat white ");
        form.getValues().put("sku", "FLAT-WHITE");
        form.getValues().put("price", "3,80");
        form.getValues().put("barcode", " 036000291452 ");
        form.setGroups(List.of("size", "milk"));
        return form;
    }

    @Test
    void goodFieldsReadAsAProduct() {
        ProductDraft draft = filled().parse(EUR, null, false);
        assertThat(draft).isEqualTo(new ProductDraft("Flat white", "cat-1", 380, BasisPoints.valueOf(900),
                "0036000291452", null, false, null, List.of("size", "milk")));
    }

    @Test
    void eachWrongFieldIsSaidNextToIt() {
        ProductForm form = filled();
        form.getValues().put("price", "abc");
        form.getValues().put("vat", "150");
        form.getValues().put("sku", "flat white");
        form.getValues().put("barcode", "4006381333932");
        form.getValues().put("category", "");
        form.getValues().put("position", "0");

        assertThat(form.parse(EUR, null, false)).isNull();
        assertThat(form.getErrors())
                .containsEntry("price", "Price: an amount in EUR such as 4.50")
                .containsEntry("vat", "VAT rate: a number from 0 to 100")
                .containsEntry("sku", "A code has only letters, digits, -, _ and .")
                .containsEntry("barcode", "4006381333932 is not a valid EAN/UPC barcode: its last digit does not match"
                        + " the others (a typo?)")
                .containsEntry("category", "Choose the category")
                .containsKey("position");
    }

    @Test
    void emptyRequiredFieldsAreNamedAndVatTakesTwoDecimals() {
        ProductForm form = ProductForm.empty(null, BasisPoints.percent(0));
        form.getValues().put("vat", "9.125");
        assertThat(form.parse(EUR, null, false)).isNull();
        assertThat(form.getErrors()).containsEntry("name", "Name is needed").containsEntry("price", "Price is needed")
                .containsEntry("sku", "Code (SKU) is needed").containsEntry("vat", "VAT rate: at most 2 decimals");
        ProductForm fine = filled();
        fine.getValues().put("vat", "5.5");
        assertThat(fine.parse(EUR, null, false).vatRate()).isEqualTo(BasisPoints.valueOf(550));
    }
}
