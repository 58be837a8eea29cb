package dev.regulars.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import java.nio.file.Path;
import java.util.Optional;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A till without a keyboard (issue 10): the opening cash and a manager's PIN on the pad; the phone as typed; the one
 * pad that comes over the products (or the receipts, or beside the refund) for the phone, the amount tendered, the
 * discount, the receipt number, the refund's PIN and the cash counted, by touch alone.
 */
@ExtendWith(ApplicationExtension.class)
class KeypadTest {

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
    void aScanIntoThePhoneFieldLeavesThePhoneAsItWas(FxRobot robot) {
        PayColumnTest.logInAndOpenTheShift(robot);
        robot.clickOn("#phone").write("0612");
        TextInputControl phone = robot.lookup("#phone").queryAs(TextInputControl.class);
        String typed = phone.getText();
        // the latte's barcode from a keyboard-wedge scanner: the formatted phone does not end with it
        scanInto(robot, phone, "8712345678906");
        assertThat(phone.getText()).isEqualTo(typed);
        assertThat(robot.lookup("#modifiers").query().isVisible()).isTrue();
    }

    @Test
    void theShiftOpensAndAManagerApprovesOnThePad(FxRobot robot) {
        logIn(robot);
        for (String key : new String[] {"1", "00", "back", "5", "decimal", "5"}) {
            robot.clickOn("#opening-cash-key-" + key);
        }
        assertThat(robot.lookup("#opening-cash").queryAs(TextInputControl.class).getText()).isEqualTo("105.5");
        robot.clickOn("#opening-cash-key-enter");

        // Eva's phone on a keyboard reads formatted, and finds her
        robot.clickOn("#category-Bakery");
        robot.clickOn("#product-CROISSANT");
        robot.clickOn("#phone").write("0612345678");
        assertThat(robot.lookup("#phone").queryAs(TextInputControl.class).getText()).isEqualTo("06 12345678");
        robot.clickOn("#find-customer");
        assertThat(robot.lookup("#customer-status").queryAs(Label.class).getText()).contains("Eva");

        robot.clickOn("#discount-input").write("50%");
        robot.clickOn("#discount-check");
        assertThat(robot.lookup("#manager").query().isVisible()).isTrue();
        for (String key : new String[] {"9", "9", "9", "9", "enter"}) {
            robot.clickOn("#manager-pin-key-" + key);
        }
        assertThat(robot.lookup("#manager").query().isVisible()).isFalse();
        assertThat(robot.lookup("#due").queryAs(Label.class).getText()).isEqualTo("€1.45");
    }

    @Test
    void everyNumericFieldIsTypedByTouchAloneOnTheSharedPad(FxRobot robot) {
        logIn(robot);
        tap(robot, "opening-cash", "1", "00", "enter");
        robot.clickOn("#category-Bakery");
        robot.clickOn("#product-CROISSANT");
        robot.clickOn("#category-Coffee");
        robot.clickOn("#product-FLAT-WHITE");
        assertThat(robot.lookup("#keypad").query().isVisible()).as("no pad before a field is tapped").isFalse();

        // the phone: the pad comes over the products, beside the field and the total; Enter finds Eva
        typeOnPad(robot, "phone", "0", "6", "1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(text(robot, "#phone")).isEqualTo("06 12345678");
        tap(robot, "phone", "enter");
        assertThat(robot.lookup("#keypad").query().isVisible()).isFalse();
        assertThat(label(robot, "#customer-status")).startsWith("Eva");

        // the discount: 10 % off the check
        typeOnPad(robot, "discount-input", "1", "0", "percent", "enter");
        robot.clickOn("#discount-check");
        assertThat(label(robot, "#due")).isEqualTo("€6.03");

        // the cash handed over: Escape takes the pad away, a tap brings it back; Cash shows the change
        robot.clickOn("#tendered");
        padBesides(robot, "#tendered");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#keypad").query().isVisible()).isFalse();
        robot.clickOn("#tendered");
        tap(robot, "tendered", "1", "5", "back", "0", "decimal", "0", "0", "5");
        assertThat(text(robot, "#tendered")).isEqualTo("10.00");
        tap(robot, "tendered", "enter");
        robot.clickOn("#pay");
        assertThat(label(robot, "#receipt")).startsWith("Paid €6.03 · change €3.97");

        // the refund: its receipt number and the manager's PIN on the pad beside the screen
        robot.clickOn("#refund");
        typeOnPad(robot, "refund-lookup", "1", "enter");
        assertThat(robot.lookup("#refund-lines").queryListView().getItems()).hasSize(2);
        robot.clickOn("#refund-everything");
        // the pad's Enter on the PIN is the Refund button
        typeOnPad(robot, "refund-manager-pin", "9", "9", "9", "9", "enter");
        assertThat(label(robot, "#refund-message")).startsWith("Refunded €6.03");

        // the cash counted at the close: the pad over the receipts; Close shows the difference
        robot.clickOn("#refund-back");
        robot.clickOn("#shift");
        typeOnPad(robot, "counted-cash", "9", "9", "decimal", "5", "enter");
        robot.clickOn("#close-shift");
        assertThat(label(robot, "#shift-message")).startsWith("Counted €99.50, expected €100.00, difference -€0.50");
    }

    @Test
    void aScanWhileThePadIsOpenNeverTypesIntoItsField(FxRobot robot) {
        PayColumnTest.logInAndOpenTheShift(robot);
        robot.clickOn("#category-Bakery");
        robot.clickOn("#product-CROISSANT");
        robot.clickOn("#tendered");
        tap(robot, "tendered", "5");
        TextInputControl tendered = robot.lookup("#tendered").queryAs(TextInputControl.class);
        scanInto(robot, tendered, "8712345678906");
        // the latte's barcode rang the latte up (its questions show); the amount is still the 5 tapped
        assertThat(tendered.getText()).isEqualTo("5");
        assertThat(robot.lookup("#modifiers").query().isVisible()).isTrue();
    }

    /** A keyboard-wedge scanner's burst into {@code field}: the code's characters, then Enter. */
    private static void scanInto(FxRobot robot, TextInputControl field, String code) {
        robot.interact(() -> {
            for (char c : code.toCharArray()) {
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false,
                    false));
        });
    }

    private static void logIn(FxRobot robot) {
        for (String key : new String[] {"#pin-1", "#pin-2", "#pin-3", "#pin-4", "#pin-ok"}) {
            robot.clickOn(key);
        }
    }

    /** Taps the field {@code id}, sees the pad open beside it and the total, and taps {@code keys} on it. */
    private static void typeOnPad(FxRobot robot, String id, String... keys) {
        robot.clickOn("#" + id);
        padBesides(robot, "#" + id);
        tap(robot, id, keys);
    }

    /** Taps the keys of the pad open for the field {@code id} ("1", "00", "decimal", "back", "enter"). */
    private static void tap(FxRobot robot, String id, String... keys) {
        for (String key : keys) {
            robot.clickOn("#" + id + "-key-" + key);
        }
    }

    /** The pad is open and covers neither the field typed into nor the check's total. */
    private static void padBesides(FxRobot robot, String field) {
        javafx.scene.Node pad = robot.lookup("#keypad").query();
        assertThat(pad.isVisible()).as("the pad opens for " + field).isTrue();
        javafx.geometry.Bounds padBounds = pad.localToScene(pad.getBoundsInLocal());
        for (String id : new String[] {field, "#due"}) {
            var node = robot.lookup(id).tryQuery();
            if (node.isPresent() && node.get().getScene() != null && node.get().isVisible()) {
                javafx.geometry.Bounds b = node.get().localToScene(node.get().getBoundsInLocal());
                assertThat(padBounds.intersects(b)).as("the pad covers " + id).isFalse();
            }
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class).getText();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
