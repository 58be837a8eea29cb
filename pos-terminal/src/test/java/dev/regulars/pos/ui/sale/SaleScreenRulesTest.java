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

    @Test
    void eachActionReplacesTheMessageOfTheOneBeforeAndACompletedSaleLeavesNone() {
        model.check().plusOne(); // nothing selected
        assertThat(model.errorMessageProperty().get()).isEqualTo("Select a line first");
        model.add(item("FLAT-WHITE"));
        model.check().plusOne();
        assertThat(model.errorMessageProperty().get()).isEmpty();

        model.tenderedInputProperty().set("lots");
        model.payment().card();
        assertThat(model.errorMessageProperty().get()).isEqualTo("\"lots\" is not an amount");
        model.redeemPointsProperty().set(false);
        model.check().minusOne();
        assertThat(model.errorMessageProperty().get()).isEmpty();

        model.tenderedInputProperty().set("lots");
        model.payment().card();
        model.tenderedInputProperty().set("");
        model.payment().card(); // pays it all: the sale completes
        assertThat(model.lastSaleProperty().get()).isNotNull();
        assertThat(model.errorMessageProperty().get()).isEmpty();

        model.scanned("4006381333931"); // an EAN-13 this catalog does not have
        assertThat(model.errorMessageProperty().get()).startsWith("No product has the barcode");
        model.clearCustomer();
        assertThat(model.errorMessageProperty().get()).isEmpty();
    }

    @Test
    void anApprovedDiscountOfTheCheckLapsesWhenItemsAreAddedAtTheTillToo() {
        model.add(item("FLAT-WHITE"));
        model.check().discountInputProperty().set("50%");
        model.check().discountCheck();
        model.check().approve("9999");
        assertThat(model.totals().dueProperty().get()).isEqualTo("€1.90");

        model.add(item("CROISSANT"));
        assertThat(model.totals().dueProperty().get()).isEqualTo("€6.70");
        assertThat(model.errorMessageProperty().get())
                .isEqualTo("The discount on the check is more than was approved: it is taken off");
    }
}
