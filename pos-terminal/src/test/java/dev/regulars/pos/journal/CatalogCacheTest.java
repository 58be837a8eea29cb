package dev.regulars.pos.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.sync.CatalogCategory;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.ModifierGroup;
import dev.regulars.core.sync.ModifierOption;
import dev.regulars.core.sync.StoreDetails;
import dev.regulars.pos.TillFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The till's catalog as the server's pages leave it: categories, items by category and barcode, pictures, store. */
class CatalogCacheTest {

    private static final BasisPoints NINE = BasisPoints.percent(9);
    private static final ModifierGroup SIZE = new ModifierGroup("Size", true, false, List.of(
            new ModifierOption("Small", 0), new ModifierOption("Large", 50)));
    private static final byte[] PICTURE = "a PNG, as far as the journal cares".getBytes(StandardCharsets.UTF_8);
    private static final String PICTURE_SHA = sha256(PICTURE);
    private static final StoreDetails STORE = new StoreDetails("Canal Street West", "Demo Café",
            "Prinsengracht 112\n1015 EA Amsterdam", "NL003456789B01", "nl", "Europe/Amsterdam", "EUR", "NL",
            "https://regulars.example", "Tot ziens!");

    @TempDir
    Path dir;

    private static CatalogItem item(String sku, String name, String category, int position, String barcode,
                                    String image, boolean active) {
        return new CatalogItem(sku, name, category, 390, NINE, barcode, image, List.of(SIZE), active, position);
    }

    private static ChangesPage page(long cursor, List<CatalogItem> items, List<CatalogCategory> categories,
                                    StoreDetails store) {
        return new ChangesPage(cursor, false, null, List.of(), items, List.of(), categories, store);
    }

    private static ChangesPage menu() {
        return page(11, List.of(
                        item("LATTE", "Caffè latte", "Coffee", 2, null, PICTURE_SHA, true),
                        item("ESPRESSO", "Espresso", "Coffee", 1, null, null, true),
                        item("OJ", "Orange juice", "Cold drinks", 1, "036000291452", null, true)),
                List.of(new CatalogCategory("Cold drinks", "#1E88E5", 2, true),
                        new CatalogCategory("Coffee", "#6F4E37", 1, true),
                        new CatalogCategory("Seasonal", "#AA0000", 3, false)), STORE);
    }

    @Test
    void categoriesAndItemsComeInTheGridsOrderWithEverythingTheServerSent() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            journal.applyChanges(menu());

            assertThat(journal.categories()).extracting(CatalogCategory::name)
                    .as("active ones by position, then those only items name (the fixture's Bakery)")
                    .containsExactly("Coffee", "Cold drinks", "Bakery");
            assertThat(journal.categories().get(0).colour()).isEqualTo("#6F4E37");
            assertThat(journal.itemsIn("Coffee")).extracting(CatalogItem::sku)
                    .as("by position; the fixture's flat white came without one (0)")
                    .containsExactly("FLAT-WHITE", "ESPRESSO", "LATTE");
            CatalogItem latte = journal.itemsIn("Coffee").get(2);
            assertThat(latte).isEqualTo(item("LATTE", "Caffè latte", "Coffee", 2, null, PICTURE_SHA, true));
            assertThat(latte.modifierGroups().get(0).options()).extracting(ModifierOption::priceDeltaMinor)
                    .containsExactly(0L, 50L);
            assertThat(journal.catalog()).extracting(CatalogItem::sku)
                    .containsExactly("FLAT-WHITE", "ESPRESSO", "LATTE", "OJ", "CROISSANT");
        }
    }

    @Test
    void aScannedBarcodeFindsItsItemWhicheverWayTheScannerWritesIt() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            journal.applyChanges(menu());
            assertThat(journal.itemByBarcode("036000291452")).get().extracting(CatalogItem::sku).isEqualTo("OJ");
            assertThat(journal.itemByBarcode("0036000291452 ")).get().extracting(CatalogItem::sku).isEqualTo("OJ");
            assertThat(journal.itemByBarcode("4006381333931")).isEmpty();
            assertThat(journal.itemByBarcode("")).isEmpty();
        }
    }

    @Test
    void anInactiveItemOrCategoryLeavesTheGrid() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            journal.applyChanges(menu());
            journal.applyChanges(page(12, List.of(item("OJ", "Orange juice", "Cold drinks", 1, "036000291452", null,
                    false)), List.of(new CatalogCategory("Coffee", "#6F4E37", 1, true),
                    new CatalogCategory("Cold drinks", "#1E88E5", 2, false)), null));

            assertThat(journal.itemsIn("Cold drinks")).isEmpty();
            assertThat(journal.itemByBarcode("036000291452")).isEmpty();
            assertThat(journal.categories()).extracting(CatalogCategory::name).containsExactly("Coffee", "Bakery");
            assertThat(journal.itemsIn("Coffee")).hasSize(3);
            assertThat(journal.storeDetails()).contains(STORE).as("a page without the store keeps it");
        }
    }

    @Test
    void picturesAreFetchedOnceKeptByTheirHashAndDroppedWhenNoItemShowsThem() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            journal.applyChanges(menu());
            assertThat(journal.missingImages(10)).containsExactly(PICTURE_SHA);
            assertThatThrownBy(() -> journal.saveImage(PICTURE_SHA, "other bytes".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(JournalException.class);
            journal.saveImage(PICTURE_SHA, PICTURE);
            assertThat(journal.missingImages(10)).isEmpty();
            assertThat(journal.image(PICTURE_SHA)).hasValueSatisfying(b -> assertThat(b).isEqualTo(PICTURE));

            journal.applyChanges(page(13, List.of(item("LATTE", "Caffè latte", "Coffee", 2, null, null, true)),
                    List.of(), null));
            assertThat(journal.image(PICTURE_SHA)).isEmpty();
        }
    }

    @Test
    void theStoresDetailsRenameTheTillToo() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            assertThat(journal.storeDetails()).get().satisfies(before -> {
                assertThat(before.storeName()).isEqualTo("Canal Street");
                assertThat(before.address()).isNull();
                assertThat(before.publicUrl()).isEqualTo("http://127.0.0.1:9");
            });
            journal.applyChanges(menu());
            assertThat(journal.storeDetails()).contains(STORE);
            assertThat(journal.identity().orElseThrow().storeName()).isEqualTo("Canal Street West");
            assertThat(journal.identity().orElseThrow().token()).isEqualTo("token");
        }
    }

    @Test
    void aJournalOfVersion4KeepsItsCatalogWhenItOpensAsVersion5() throws Exception {
        Path file = dir.resolve("journal.db");
        TillFixture.pairedJournal(dir).close();
        // as a till of version 4 left it: the catalog's first columns only, no categories or pictures
        JournalDowngrade.toVersion(file, 4);
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.catalog()).extracting(CatalogItem::sku).containsExactly("CROISSANT", "FLAT-WHITE");
            assertThat(journal.catalog().get(1)).isEqualTo(new CatalogItem("FLAT-WHITE", "Flat white", "Coffee", 380));
            journal.applyChanges(menu());
            assertThat(journal.itemByBarcode("036000291452")).isPresent();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
