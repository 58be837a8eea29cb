package dev.regulars.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A keyboard-wedge scanner types its burst at whatever has the focus: a QR code with spaces must not press the
 * focused button (Space presses a button in JavaFX), while a person's Space still types in a field and presses a
 * button.
 */
@ExtendWith(ApplicationExtension.class)
class ScannerWedgeTest {

    private static final long MS = 1_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final List<Runnable> later = new ArrayList<>();
    private final List<String> scans = new ArrayList<>();
    private final AtomicInteger presses = new AtomicInteger();
    private Button pay;
    private TextField name;

    @Start
    void start(Stage stage) {
        pay = new Button("Pay");
        pay.setOnAction(e -> presses.incrementAndGet());
        name = new TextField();
        Scene scene = new Scene(new VBox(pay, name), 300, 200);
        ScannerWedge wedge = new ScannerWedge(now::get, later::add);
        wedge.attach(scene);
        wedge.onScan(scans::add);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aPersonsSpacePressesTheFocusedButtonWithoutAWedge(FxRobot robot) {
        // what the wedge guards against: JavaFX's own Space on a button
        robot.interact(() -> {
            pay.getScene().getRoot().requestFocus();
            Stage bare = new Stage();
            Button alone = new Button("Pay");
            alone.setOnAction(e -> presses.incrementAndGet());
            bare.setScene(new Scene(new VBox(alone)));
            bare.show();
            alone.requestFocus();
            key(alone, KeyEvent.KEY_PRESSED, "", KeyCode.SPACE);
            key(alone, KeyEvent.KEY_TYPED, " ", KeyCode.UNDEFINED);
            key(alone, KeyEvent.KEY_RELEASED, "", KeyCode.SPACE);
            bare.close();
        });
        assertThat(presses).hasValue(1);
    }

    @Test
    void aBurstWithSpacesNeverPressesTheFocusedButtonAndIsScanned(FxRobot robot) {
        robot.interact(() -> {
            pay.requestFocus();
            burst("ABC 123 XYZ");
            burst(" 4711 leading");
        });
        robot.interact(() -> later.forEach(Runnable::run));
        assertThat(presses).hasValue(0);
        assertThat(scans).containsExactly("ABC 123 XYZ", " 4711 leading");
    }

    @Test
    void aPersonsSpaceStillPressesTheButtonAndTypesInAField(FxRobot robot) {
        robot.interact(() -> {
            pay.requestFocus();
            space();
        });
        // held until a scanner's next key would have come: none came
        assertThat(presses).hasValue(0);
        robot.interact(() -> later.forEach(Runnable::run));
        assertThat(presses).hasValue(1);

        robot.clickOn(name).write("Ann");
        robot.interact(() -> {
            now.addAndGet(500 * MS);
            space();
        });
        robot.write("Lee");
        assertThat(name.getText()).isEqualTo("Ann Lee");
        assertThat(scans).isEmpty();
    }

    /** A scanner: every character 3 ms after the last (Space as the key it is), then Enter. */
    private void burst(String code) {
        for (char c : code.toCharArray()) {
            now.addAndGet(3 * MS);
            if (c == ' ') {
                space();
            } else {
                var target = pay.getScene().getFocusOwner();
                key(target, KeyEvent.KEY_PRESSED, "", KeyCode.getKeyCode(String.valueOf(c)));
                key(target, KeyEvent.KEY_TYPED, String.valueOf(c), KeyCode.UNDEFINED);
                key(target, KeyEvent.KEY_RELEASED, "", KeyCode.getKeyCode(String.valueOf(c)));
            }
        }
        now.addAndGet(3 * MS);
        key(pay.getScene().getFocusOwner(), KeyEvent.KEY_PRESSED, "", KeyCode.ENTER);
        key(pay.getScene().getFocusOwner(), KeyEvent.KEY_RELEASED, "", KeyCode.ENTER);
        now.addAndGet(1_000 * MS);
    }

    private void space() {
        var target = pay.getScene().getFocusOwner();
        key(target, KeyEvent.KEY_PRESSED, "", KeyCode.SPACE);
        key(target, KeyEvent.KEY_TYPED, " ", KeyCode.UNDEFINED);
        key(target, KeyEvent.KEY_RELEASED, "", KeyCode.SPACE);
    }

    private static void key(javafx.scene.Node target, javafx.event.EventType<KeyEvent> type, String character,
                            KeyCode code) {
        Event.fireEvent(target, new KeyEvent(type, type == KeyEvent.KEY_TYPED ? character : KeyEvent.CHAR_UNDEFINED,
                "", code == null ? KeyCode.UNDEFINED : code, false, false, false, false));
    }
}
