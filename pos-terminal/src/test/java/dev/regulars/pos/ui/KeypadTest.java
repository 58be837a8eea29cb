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

/** A till without a keyboard (issue 10): the opening cash and a manager's PIN on the pad; the phone as typed. */
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
        for (String key : new String[] {"#pin-1", "#pin-2", "#pin-3", "#pin-4", "#pin-ok"}) {
            robot.clickOn(key);
        }
        robot.clickOn("#opening-cash").write("100");
        robot.clickOn("#open-shift");
        robot.clickOn("#phone").write("0612");
        TextInputControl phone = robot.lookup("#phone").queryAs(TextInputControl.class);
        String typed = phone.getText();
        // the latte's barcode from a keyboard-wedge scanner: the formatted phone does not end with it
        robot.interact(() -> {
            for (char c : "8712345678906".toCharArray()) {
                Event.fireEvent(phone, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
            Event.fireEvent(phone, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false,
                    false));
        });
        assertThat(phone.getText()).isEqualTo(typed);
        assertThat(robot.lookup("#modifiers").query().isVisible()).isTrue();
    }

    @Test
    void theShiftOpensAndAManagerApprovesOnThePad(FxRobot robot) {
        for (String key : new String[] {"#pin-1", "#pin-2", "#pin-3", "#pin-4", "#pin-ok"}) {
            robot.clickOn(key);
        }
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
}
