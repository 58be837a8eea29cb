package dev.regulars.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.SaleRecord;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pay column under a cashier's finger (issue 10): a payment taken moves neither Cash nor Card, so a second tap
 * where Cash was pays the rest in cash; the modifier dialog answers Enter and Escape.
 */
@ExtendWith(ApplicationExtension.class)
class PayColumnTest {

    @TempDir
    Path dir;
    private Journal journal;

    @Start
    void start(Stage stage) {
        journal = TillFixture.cafeJournal(dir);
        new PosApp(TillFixture.context(journal), new TillOptions(false, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty())).start(stage);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aPartialCardPaymentLeavesCashAndCardWhereTheyWere(FxRobot robot) {
        logInAndOpenTheShift(robot);
        robot.clickOn("#category-Coffee");
        robot.clickOn("#product-FLAT-WHITE");
        robot.clickOn("#product-FLAT-WHITE");
        robot.clickOn("#category-Bakery");
        robot.clickOn("#product-CROISSANT");
        robot.clickOn("#product-CROISSANT");
        assertThat(label(robot, "#due")).isEqualTo("€13.40");
        robot.clickOn("#tendered").write("5");
        Bounds cash = bounds(robot, "#pay");
        Bounds card = bounds(robot, "#pay-card");

        robot.clickOn("#pay-card");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label(robot, "#remaining")).isEqualTo("Still to pay €8.40");
        samePlace(bounds(robot, "#pay"), cash);
        samePlace(bounds(robot, "#pay-card"), card);
        Node undo = robot.lookup("#pay-undo").query();
        assertThat(undo.isVisible()).isTrue();
        assertThat(bounds(robot, "#pay-undo").intersects(cash)).isFalse();
        assertThat(bounds(robot, "#pay-undo").intersects(card)).isFalse();

        // the second tap, where Cash was: the rest in cash, the card payment stays
        robot.clickOn(cash.getCenterX(), cash.getCenterY());
        WaitForAsyncUtils.waitForFxEvents();
        SaleRecord stored = journal.unsyncedSales(10).get(0);
        assertThat(stored.payments()).extracting(p -> p.method().name() + " " + p.amountMinor())
                .containsExactly("CARD 500", "CASH 840");
    }

    @Test
    void enterAddsTheLatteAndEscapeCancelsIt(FxRobot robot) {
        logInAndOpenTheShift(robot);
        robot.clickOn("#category-Coffee");
        robot.clickOn("#product-LATTE");
        robot.clickOn("#modifier-0-2");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#modifiers").query().isVisible()).isFalse();
        assertThat(robot.lookup("#cart").queryListView().getItems()).hasSize(1);

        robot.clickOn("#product-LATTE");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#modifiers").query().isVisible()).isFalse();
        assertThat(robot.lookup("#cart").queryListView().getItems()).hasSize(1);
    }

    /** Anna logs in and opens the shift with €100 typed on a keyboard. */
    static void logInAndOpenTheShift(FxRobot robot) {
        for (String key : new String[] {"#pin-1", "#pin-2", "#pin-3", "#pin-4", "#pin-ok"}) {
            robot.clickOn(key);
        }
        robot.clickOn("#opening-cash").write("100");
        robot.clickOn("#open-shift");
    }

    /** Where a node lies on the screen, as the cashier's finger finds it (without a focus ring). */
    private static Bounds bounds(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.localToScreen(node.getLayoutBounds());
    }

    private static void samePlace(Bounds now, Bounds before) {
        assertThat(now.getMinX()).isCloseTo(before.getMinX(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(now.getMinY()).isCloseTo(before.getMinY(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(now.getWidth()).isCloseTo(before.getWidth(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(now.getHeight()).isCloseTo(before.getHeight(), org.assertj.core.data.Offset.offset(1.0));
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
