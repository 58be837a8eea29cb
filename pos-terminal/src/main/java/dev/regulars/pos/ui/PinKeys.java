package dev.regulars.pos.ui;

import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A PIN typed on a physical keyboard as well as touched on the pad: the digits (of the top row or the number pad,
 * as the keyboard types them), Backspace and Enter. A scanner's burst never reaches here: {@link ScannerWedge}
 * swallows it first (it watches the scene, before any screen).
 */
public final class PinKeys {

    /** A key of a PIN pad. */
    public sealed interface Key permits Digit, Backspace, Enter {
    }

    /** @param value 0-9 */
    public record Digit(int value) implements Key {
    }

    public record Backspace() implements Key {
    }

    public record Enter() implements Key {
    }

    private PinKeys() {
    }

    /**
     * The pad's key an event is: a typed digit ({@code KEY_TYPED}: the character, so the number pad and any layout
     * count), or Backspace or Enter pressed; empty for anything else.
     */
    public static Optional<Key> of(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_TYPED) {
            String c = event.getCharacter();
            return c.length() == 1 && c.charAt(0) >= '0' && c.charAt(0) <= '9'
                    ? Optional.of(new Digit(c.charAt(0) - '0')) : Optional.empty();
        }
        if (event.getEventType() == KeyEvent.KEY_PRESSED) {
            if (event.getCode() == KeyCode.BACK_SPACE) {
                return Optional.of(new Backspace());
            }
            if (event.getCode() == KeyCode.ENTER) {
                return Optional.of(new Enter());
            }
        }
        return Optional.empty();
    }

    /**
     * The keyboard works the pad of {@code screen} while it is shown: each key goes to its action and goes no
     * further; the screen takes the keyboard's focus when it is shown.
     */
    public static void route(Node screen, IntConsumer digit, Runnable backspace, Runnable enter) {
        screen.addEventFilter(KeyEvent.ANY, e -> of(e).filter(key -> !e.isConsumed()).ifPresent(key -> {
            e.consume();
            if (key instanceof Digit d) {
                digit.accept(d.value());
            } else if (key instanceof Backspace) {
                backspace.run();
            } else {
                enter.run();
            }
        }));
        focusWhenShown(screen);
    }

    /**
     * The keyboard types into {@code pin} while {@code dialog} is shown, wherever the focus is in it: the field takes
     * the focus when the dialog shows, and digits, Backspace and Enter typed elsewhere in the dialog go to it.
     */
    public static void into(Node dialog, TextInputControl pin, Runnable enter) {
        dialog.addEventFilter(KeyEvent.ANY, e -> {
            if (pin.isFocused() || e.isConsumed()) {
                return;
            }
            of(e).ifPresent(key -> {
                e.consume();
                if (key instanceof Digit d) {
                    pin.appendText(Integer.toString(d.value()));
                } else if (key instanceof Backspace) {
                    if (!pin.getText().isEmpty()) {
                        pin.setText(pin.getText().substring(0, pin.getText().length() - 1));
                    }
                } else {
                    enter.run();
                }
            });
        });
        dialog.visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                javafx.application.Platform.runLater(pin::requestFocus);
            }
        });
        focusWhenShown(pin);
    }

    /** {@code node} takes the focus once it is in a scene (a screen just shown): the keyboard goes to it. */
    private static void focusWhenShown(Node node) {
        node.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(node::requestFocus);
            }
        });
    }
}
