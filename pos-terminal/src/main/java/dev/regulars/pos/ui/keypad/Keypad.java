package dev.regulars.pos.ui.keypad;

import dev.regulars.pos.ui.TillTexts;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The on-screen numeric pad of a touch till: one for a field, typing into it as a keyboard would. Its keys and what
 * they do are {@link KeypadModel}'s; this only builds the buttons. The buttons never take the focus, so a
 * physical keyboard keeps typing into the field too.
 */
public final class Keypad {

    private static final int COLUMNS = 4;

    private Keypad() {
    }

    /**
     * A pad for {@code field} (whose id names its keys: "phone-key-7", "phone-key-enter"); Enter runs {@code enter}.
     * A phone field is also formatted as typed on a keyboard.
     */
    public static GridPane of(KeypadModel model, TillTexts words, TextInputControl field, Runnable enter) {
        GridPane pad = grid(model, field.getId(), words, key -> {
            if (key instanceof KeypadModel.Enter) {
                enter.run();
            } else {
                field.setText(model.press(field.getText(), key));
                field.positionCaret(field.getText().length());
            }
        });
        if (model.kind() == KeypadModel.Kind.PHONE) {
            formatAsTyped(model, field);
        }
        return pad;
    }

    /**
     * The keys of {@code model}, four to a row, each named "{fieldId}-key-{key}" ("tendered-key-7") and handing its
     * key to {@code pressed}. The buttons never take the focus: the field keeps it, and a keyboard keeps typing
     * there.
     */
    static GridPane grid(KeypadModel model, String fieldId, TillTexts words,
                         java.util.function.Consumer<KeypadModel.Key> pressed) {
        GridPane pad = new GridPane();
        pad.setHgap(4);
        pad.setVgap(4);
        pad.getStyleClass().add("keypad");
        List<KeypadModel.Key> keys = model.keys();
        for (int i = 0; i < keys.size(); i++) {
            KeypadModel.Key key = keys.get(i);
            if (key == null) {
                continue;
            }
            Button button = new Button(label(key, words));
            button.setId(fieldId + "-key-" + name(key));
            button.getStyleClass().add("pad-key");
            button.setFocusTraversable(false);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setHgrow(button, Priority.ALWAYS);
            button.setOnAction(e -> pressed.accept(key));
            pad.add(button, i % COLUMNS, i / COLUMNS);
        }
        return pad;
    }

    /** A keyboard's typing in a phone field reads formatted too ({@link KeypadModel#typed}), the caret at the end. */
    public static void formatAsTyped(KeypadModel model, TextInputControl field) {
        field.setTextFormatter(new TextFormatter<String>(change -> {
            if (!change.isContentChange()) {
                return change;
            }
            String shown = model.typed(change.getControlNewText());
            change.setRange(0, change.getControlText().length());
            change.setText(shown);
            change.setCaretPosition(shown.length());
            change.setAnchor(shown.length());
            return change;
        }));
    }

    private static String label(KeypadModel.Key key, TillTexts words) {
        if (key instanceof KeypadModel.Typed typed) {
            return typed.chars();
        }
        return words.say(key instanceof KeypadModel.Backspace ? "keypad.backspace"
                : key instanceof KeypadModel.Clear ? "keypad.clear" : "keypad.enter");
    }

    /** The key's part of its button's id. */
    static String name(KeypadModel.Key key) {
        if (key instanceof KeypadModel.Typed typed) {
            return switch (typed.chars()) {
                case "%" -> "percent";
                case "+" -> "plus";
                case "." , "," -> "decimal";
                default -> typed.chars();
            };
        }
        return key instanceof KeypadModel.Backspace ? "back" : key instanceof KeypadModel.Clear ? "clear" : "enter";
    }
}
