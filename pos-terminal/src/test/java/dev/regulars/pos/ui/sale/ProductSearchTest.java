package dev.regulars.pos.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cashier types names without their accents: search finds them all the same. */
class ProductSearchTest {

    @TempDir
    Path dir;

    @Test
    void searchIgnoresAccentsAndCase() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            journal.applyChanges(new ChangesPage(11, false, null, List.of(), List.of(
                    new CatalogItem("CAFE", "Café au lait", "Coffee", 300),
                    new CatalogItem("CREME", "Crème brûlée", "Bakery", 450),
                    new CatalogItem("HEDGEHOG", "Ёжик", "Bakery", 250),
                    new CatalogItem("JUICE", "Apple juice", "Drinks", 280)), List.of()));
            ProductGridModel grid = new ProductGridModel(journal, line -> { });

            assertThat(names(grid, "cafe")).containsExactly("Café au lait");
            assertThat(names(grid, "CREME BRU")).containsExactly("Crème brûlée");
            assertThat(names(grid, "еж")).containsExactly("Ёжик");
            assertThat(names(grid, "ёж")).containsExactly("Ёжик");
            assertThat(names(grid, "café")).containsExactly("Café au lait");
            assertThat(names(grid, "juice")).containsExactly("Apple juice");
        }
    }

    private static List<String> names(ProductGridModel grid, String typed) {
        grid.searchProperty().set(typed);
        return grid.items().stream().map(CatalogItem::name).toList();
    }
}
