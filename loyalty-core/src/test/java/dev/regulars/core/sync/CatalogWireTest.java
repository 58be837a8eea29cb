package dev.regulars.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.money.BasisPoints;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog's wire records: what a till reads from a server of today, and from one that predates them. */
class CatalogWireTest {

    private static final ModifierGroup SIZE = new ModifierGroup("Size", true, false, List.of(
            new ModifierOption("Small", 0), new ModifierOption("Regular", 0), new ModifierOption("Large", 50)));
    private static final ModifierGroup EXTRAS = new ModifierGroup("Extras", false, true, List.of(
            new ModifierOption("Extra shot", 60), new ModifierOption("Syrup", 50)));

    @Test
    void anItemWithEverythingGoesThereAndBack() throws Exception {
        CatalogItem latte = new CatalogItem("LATTE", "Caffè latte", "Coffee", 390, BasisPoints.valueOf(900),
                "8712345678906", "ab".repeat(32), List.of(SIZE, EXTRAS), true, 3);
        StoreDetails store = new StoreDetails("Canal Street", "Demo Café", "Prinsengracht 1\n1015 AA Amsterdam",
                "NL123456789B01", "nl", "Europe/Amsterdam", "EUR", "NL", "https://demo.example", "Dank je wel!");
        ChangesPage page = new ChangesPage(7, false, null, List.of(), List.of(latte), List.of(),
                List.of(new CatalogCategory("Coffee", "#6F4E37", 1, true)), store);

        String json = WireJson.mapper().writeValueAsString(page);
        assertThat(json).contains("\"vatRate\":900", "\"priceDeltaMinor\":50", "\"colour\":\"#6F4E37\"",
                "\"address\":\"Prinsengracht 1\\n1015 AA Amsterdam\"");
        assertThat(WireJson.mapper().readValue(json, ChangesPage.class)).isEqualTo(page);
    }

    @Test
    void whatAnOlderServerSendsIsReadWithTheDefaults() throws Exception {
        String old = """
                {"cursor": 3, "hasMore": false, "rules": null, "customers": [],
                 "catalog": [{"sku": "TEA", "name": "Mint tea", "category": "Tea", "priceMinor": 290}],
                 "cashiers": []}""";
        ChangesPage page = WireJson.mapper().readValue(old, ChangesPage.class);

        assertThat(page.catalog()).containsExactly(new CatalogItem("TEA", "Mint tea", "Tea", 290));
        CatalogItem tea = page.catalog().get(0);
        assertThat(tea.active()).isTrue();
        assertThat(tea.position()).isZero();
        assertThat(tea.vatRate()).isEqualTo(BasisPoints.valueOf(0));
        assertThat(tea.modifierGroups()).isEmpty();
        assertThat(page.categories()).isEmpty();
        assertThat(page.store()).isNull();
    }

    @Test
    void nullsForTheNewFieldsReadAsTheirDefaults() throws Exception {
        String json = """
                {"sku": "TEA", "name": "Mint tea", "category": "Tea", "priceMinor": 290, "vatRate": null,
                 "barcode": null, "imageSha256": null, "modifierGroups": null, "active": null, "position": null}""";
        assertThat(WireJson.mapper().readValue(json, CatalogItem.class))
                .isEqualTo(new CatalogItem("TEA", "Mint tea", "Tea", 290));
    }

    @Test
    void aGroupAcceptsWhatItsRulesAllow() {
        assertThat(SIZE.accepts(0)).as("required").isFalse();
        assertThat(SIZE.accepts(1)).isTrue();
        assertThat(SIZE.accepts(2)).as("one choice").isFalse();
        assertThat(EXTRAS.accepts(0)).isTrue();
        assertThat(EXTRAS.accepts(2)).isTrue();
        ModifierGroup milk = new ModifierGroup("Milk", false, false, List.of(new ModifierOption("Oat", 40)));
        assertThat(milk.accepts(0)).isTrue();
        assertThat(milk.accepts(2)).isFalse();
    }

    @Test
    void optionsMoveThePriceButNeverBelowZero() {
        CatalogItem latte = new CatalogItem("LATTE", "Caffè latte", "Coffee", 390);
        assertThat(latte.priceWith(List.of())).isEqualTo(390);
        assertThat(latte.priceWith(List.of(new ModifierOption("Large", 50), new ModifierOption("Extra shot", 60))))
                .isEqualTo(500);
        assertThat(latte.priceWith(List.of(new ModifierOption("No milk", -20)))).isEqualTo(370);
        assertThat(latte.priceWith(List.of(new ModifierOption("Staff", -1000)))).isZero();
    }
}
