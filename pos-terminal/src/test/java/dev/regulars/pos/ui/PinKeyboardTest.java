package dev.regulars.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import java.nio.file.Path;
import java.util.Optional;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
 * The PIN pads take a physical keyboard: digits of the top row and of the number pad, Backspace and Enter, at the
 * login, in the manager's PIN dialog and at the till's exit.
 */
@ExtendWith(ApplicationExtension.class)
class PinKeyboardTest {

    @TempDir
    Path dir;
    private Journal journal;
    private Stage stage;
    private PosApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        journal = TillFixture.cafeJournal(dir);
        app = new PosApp(TillFixture.context(journal), new TillOptions(false, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        app.start(stage);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aCashierLogsInAndAManagerApprovesWithTheKeyboard(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // 1, 2, a wrong 7 taken back, 3 on the top row, 4 on the number pad, Enter
        slowly(robot, () -> digit("1", KeyCode.DIGIT1), () -> digit("2", KeyCode.NUMPAD2),
                () -> digit("7", KeyCode.DIGIT7), () -> press(KeyCode.BACK_SPACE), () -> digit("3", KeyCode.DIGIT3),
                () -> digit("4", KeyCode.NUMPAD4));
        assertThat(robot.lookup("#pin-dots").queryAs(Label.class).getText()).isEqualTo("●●●●");
        robot.interact(() -> press(KeyCode.ENTER));
        assertThat(robot.lookup("#opening-cash").tryQuery()).as("Anna is in: the shift opens").isPresent();
        robot.clickOn("#opening-cash").write("100");
        robot.clickOn("#open-shift");

        // 20 % off is above Anna's limit: Maria types her PIN on the keyboard, wherever the focus was
        robot.clickOn("#category-Bakery");
        robot.clickOn("#product-CROISSANT");
        robot.clickOn("#discount-input").write("20%");
        robot.clickOn("#discount-check");
        assertThat(robot.lookup("#manager").query().isVisible()).isTrue();
        robot.interact(() -> robot.lookup("#manager-cancel").query().requestFocus());
        slowly(robot, () -> digit("9", KeyCode.DIGIT9), () -> digit("9", KeyCode.DIGIT9),
                () -> digit("9", KeyCode.DIGIT9), () -> digit("8", KeyCode.DIGIT8), () -> press(KeyCode.BACK_SPACE),
                () -> digit("9", KeyCode.NUMPAD9), () -> press(KeyCode.ENTER));
        assertThat(robot.lookup("#manager").query().isVisible()).isFalse();
        assertThat(robot.lookup("#due").queryAs(Label.class).getText()).isEqualTo("€2.32");

        // leaving: the manager's PIN with the focus on Cancel
        robot.interact(() -> app.screens().showExit());
        robot.interact(() -> robot.lookup("#exit-cancel").query().requestFocus());
        slowly(robot, () -> digit("1", KeyCode.DIGIT1), () -> digit("2", KeyCode.DIGIT2),
                () -> digit("3", KeyCode.DIGIT3), () -> digit("4", KeyCode.DIGIT4), () -> press(KeyCode.ENTER));
        assertThat(robot.lookup("#exit-message").queryAs(Label.class).getText())
                .isEqualTo("That is not a manager's PIN");
    }

    /** Keys as a person types them: slower than a scanner, so the wedge lets them through. */
    private static void slowly(FxRobot robot, Runnable... keys) {
        for (Runnable key : keys) {
            robot.interact(key);
            robot.sleep(2 * dev.regulars.pos.sale.KeyBurst.MAX_GAP_NANOS / 1_000_000);
        }
    }

    private void digit(String character, KeyCode code) {
        Node target = focus();
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", code, false, false,
                false, false));
        Event.fireEvent(focus(), new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false,
                false, false));
    }

    private void press(KeyCode code) {
        Event.fireEvent(focus(), new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", code, false, false,
                false, false));
    }

    /** Where the keyboard's keys go: the focus, else the screen (as JavaFX sends them). */
    private Node focus() {
        Node owner = stage.getScene().getFocusOwner();
        return owner != null ? owner : stage.getScene().getRoot();
    }
}
