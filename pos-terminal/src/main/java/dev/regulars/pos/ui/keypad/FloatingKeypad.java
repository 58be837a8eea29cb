package dev.regulars.pos.ui.keypad;

import dev.regulars.pos.ui.TillTexts;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Shows a screen's {@link SharedKeypad}: one pad for all its numeric fields, over an area that holds neither the
 * field typed into nor the running total (the sale screen's products, the shift's receipts), or beside the screen's
 * content where it has no such area (the refund screen). Only controls and bindings.
 */
public final class FloatingKeypad {

    private FloatingKeypad() {
    }

    /** {@code host} with the pad over it, at its bottom, while the pad is open. */
    public static StackPane over(Region host, SharedKeypad pad, TillTexts words) {
        Region panel = panel(pad, words);
        StackPane layer = new StackPane(host, panel);
        StackPane.setAlignment(panel, Pos.BOTTOM_CENTER);
        layer.setMinSize(0, 0);
        return layer;
    }

    /**
     * The pad's panel, shown while the pad is open and taking no room while it is closed; its keys are those of the
     * field it types into, named after it ("tendered-key-7").
     */
    public static Region panel(SharedKeypad pad, TillTexts words) {
        VBox panel = new VBox();
        panel.setId("keypad");
        panel.getStyleClass().addAll("dialog", "floating-pad");
        panel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        panel.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        pad.openProperty().addListener((obs, was, field) -> {
            if (field == null) {
                panel.getChildren().clear();
            } else if (was == null || !was.id().equals(field.id())) {
                panel.getChildren().setAll(Keypad.grid(field.keys(), field.id(), words, pad::press));
            }
        });
        panel.visibleProperty().bind(pad.openProperty().isNotNull());
        panel.managedProperty().bind(panel.visibleProperty());
        return panel;
    }

    /**
     * Lets {@code field} open the pad: a tap on it opens it (on a touch screen a tap is how a field is chosen; a
     * field that has the focus when a screen shows does not cover the screen with a pad), Escape closes it, and so
     * does the focus leaving the field unless the pad is {@link SharedKeypad#beside()} the fields. Enter on a keyboard does what the pad's Enter does. {@code spec} makes the
     * pad's field when it opens (the view model's, see {@link SharedKeypad.Field}).
     */
    public static void attach(TextField field, SharedKeypad pad, Supplier<SharedKeypad.Field> spec) {
        field.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pad.open(spec.get()));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                pad.focusLeft(field.getId());
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && pad.openProperty().get() != null) {
                pad.close();
                e.consume();
            }
        });
        field.setOnAction(e -> {
            pad.closeFor(field.getId());
            spec.get().enter().run();
        });
        // what the pad types goes at the end, and the caret with it (a keyboard typing inside the text keeps its caret)
        field.textProperty().addListener((obs, was, now) -> {
            if (pad.openProperty().get() != null && field.getId().equals(pad.openProperty().get().id())
                    && now != null && was != null && field.getCaretPosition() >= was.length()) {
                field.positionCaret(now.length());
            }
        });
    }
}
