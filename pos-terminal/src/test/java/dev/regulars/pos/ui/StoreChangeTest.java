package dev.regulars.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.StoreDetails;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sync.BackgroundSync.SyncResult;
import dev.regulars.pos.sync.SyncReport;
import dev.regulars.pos.sync.TillSync;
import dev.regulars.pos.ui.display.CustomerDisplayModel;
import dev.regulars.pos.ui.sale.SaleViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The store's details that a sync brings (renamed, another receipt language, a join link) reach the screens and
 * the customer's display without a new login.
 */
@ExtendWith(ApplicationExtension.class)
class StoreChangeTest {

    /** The admin renamed the store, made its receipts Dutch and gave it a join page. */
    private static final StoreDetails DUTCH = new StoreDetails("Herengracht", "Demo Café",
            "Herengracht 1\n1015 BA Amsterdam", "NL001234567B01", "nl", "Europe/Amsterdam", "EUR", "NL",
            "https://regulars.example", "Dank je wel!", "https://regulars.example/join/7");

    @TempDir
    Path dir;
    private Journal journal;
    private TillContext till;
    private PosApp app;

    @Start
    void start(Stage stage) {
        journal = TillFixture.cafeJournal(dir);
        // no --language: the till speaks its store's receipt language
        till = new TillContext(journal, new TillSync(journal), TillFixture.CLOCK, null, Runnable::run, Runnable::run);
        app = new PosApp(till, new TillOptions(false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
        app.start(stage);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aSyncThatRenamesTheStoreReachesTheLoginAndTheSaleScreenWithoutANewLogin(FxRobot robot) {
        assertThat(robot.lookup("#pin-ok").queryButton().getText()).isEqualTo("OK");
        assertThat(robot.lookup(".title").queryAs(Label.class).getText()).isEqualTo("Demo Café · Canal Street");

        robot.interact(() -> sync(DUTCH));
        assertThat(robot.lookup(".title").queryAs(Label.class).getText()).isEqualTo("Demo Café · Herengracht");
        assertThat(robot.lookup("#pin-clear").queryButton().getText()).isEqualTo("Wis");
        assertThat(app.screens().shellModel().titleProperty().get()).isEqualTo("Demo Café · Herengracht");

        for (String key : new String[] {"#pin-1", "#pin-2", "#pin-3", "#pin-4", "#pin-ok"}) {
            robot.clickOn(key);
        }
        robot.clickOn("#opening-cash").write("100");
        robot.clickOn("#open-shift");
        assertThat(robot.lookup("#pay-card").queryButton().getText()).isEqualTo("Pin");

        // back to English while the sale screen is up with an empty check: it speaks English at once
        robot.interact(() -> sync(TillFixture.STORE));
        assertThat(robot.lookup("#pay-card").queryButton().getText()).isEqualTo("Card");
        assertThat(robot.lookup("#shift").queryButton().getText()).isEqualTo("Shift");

        // with a check open the screen stays as it is (the check is not lost) and changes when the check is empty
        robot.clickOn("#category-Bakery");
        robot.clickOn("#product-CROISSANT");
        robot.interact(() -> sync(DUTCH));
        assertThat(robot.lookup("#cart").queryListView().getItems()).hasSize(1);
        assertThat(robot.lookup("#pay").queryButton().getText()).isEqualTo("Cash");
        assertThat(robot.lookup("#shift").queryButton().getText()).isEqualTo("Dienst");
        robot.clickOn("#shift");
        robot.clickOn("#shift-back");
        assertThat(robot.lookup("#cart").queryListView().getItems()).hasSize(1);
    }

    @Test
    void theCustomersDisplayTakesTheNewNameLanguageAndJoinLink() {
        SaleViewModel sale = new SaleViewModel(till, () -> { });
        CustomerDisplayModel display = CustomerDisplayModel.of(sale, TillFixture.STORE);
        assertThat(display.headlineProperty().get()).isEqualTo("Welcome to Canal Street");
        assertThat(display.joinUrlProperty().get()).isNull();

        display.store(DUTCH);
        assertThat(display.headlineProperty().get()).isEqualTo("Welkom bij Herengracht");
        assertThat(display.joinUrlProperty().get()).isEqualTo("https://regulars.example/join/7");
    }

    /** What a sync round does: the change feed's page into the journal, then the round's result to the screens. */
    private void sync(StoreDetails store) {
        journal.applyChanges(new ChangesPage(journal.cursor() + 1, false, null, List.of(), List.of(), List.of(),
                List.of(), store));
        app.screens().syncFinished(new SyncResult(SyncReport.NOTHING, null));
    }
}
