package dev.regulars.pos.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.CatalogItem;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules of the sale screen found in review: amounts typed, and messages that outlive their action. */
class SaleScreenRulesTest {

    @TempDir
    Path dir;
    private Journal journal;
    private SaleViewModel model;

    @BeforeEach
    void openTill() {
        journal = TillFixture.cafeJournal(dir);
        model = new SaleViewModel(TillFixture.context(journal), () -> { });
    }

    @AfterEach
    void closeTill() {
        journal.close();
    }

    private CatalogItem item(String sku) {
        return model.catalog().stream().filter(i -> i.sku().equals(sku)).findFirst().orElseThrow();
    }

    @Test
    void aThousandWithASeparatorIsNeverTakenForOneAndAbsurdCashIsRefused() {
        model.add(item("FLAT-WHITE"));
        model.tenderedInputProperty().set("1,000");
        model.payCash();
        assertThat(model.errorMessageProperty().get())
                .isEqualTo("\"1,000\": type amounts without thousands separators, such as 1000 or 1000.50");
        assertThat(model.payment().tenderLines()).isEmpty();

        model.tenderedInputProperty().set("5000");
        model.payCash();
        assertThat(model.errorMessageProperty().get()).isEqualTo("€5,000.00 is more than this can be (at most €503.80)");
        assertThat(model.payment().tenderLines()).isEmpty();

        model.tenderedInputProperty().set("50");
        model.payCash();
        assertThat(model.errorMessageProperty().get()).isEmpty();
        assertThat(model.lastSaleProperty().get().changeMinor()).isEqualTo(4620);
    }

    @Test
    void aDiscountOfAThousandWithASeparatorIsRefusedAsSuch() {
        model.add(item("FLAT-WHITE"));
        model.check().discountInputProperty().set("1,000");
        model.check().discountCheck();
        assertThat(model.errorMessageProperty().get())
                .isEqualTo("\"1,000\": type amounts without thousands separators, such as 1000 or 1000.50");
    }
}
