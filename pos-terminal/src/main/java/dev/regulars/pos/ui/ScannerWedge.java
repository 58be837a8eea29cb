package dev.regulars.pos.ui;

import dev.regulars.pos.sale.KeyBurst;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * Catches what a keyboard-wedge scanner types, wherever the focus is: a burst ending with Enter is a scan. It is
 * taken back out of the text field it fell into (so a barcode never lands in a name or an amount by accident), its
 * Enter does not reach the screen, and the code goes to {@code onScan} (a product, a customer's card, a receipt).
 * Outside text fields every key of a burst is swallowed, Space included: Space presses the focused button in JavaFX,
 * and a QR code's spaces must not pay or delete. Space pressed on a button is therefore held until
 * {@link KeyBurst#MAX_GAP_NANOS} has shown it was a person's (no character followed), and only then presses it.
 * Space in a text field is the person's, or is taken back with the scan.
 */
public final class ScannerWedge {

    private final KeyBurst burst = new KeyBurst();
    private final LongSupplier nanos;
    private final Consumer<Runnable> afterGap;
    private Consumer<String> onScan = code -> { };
    /** Space held on a button: what it would press, and the count of characters typed up to and with it. */
    private ButtonBase heldSpace;
    private long typedWithSpace;
    /** The field with the focus when a burst began, and its text then: a scan gives it back that text. */
    private TextInputControl burstField;
    private String textBeforeBurst;

    /** @param nanos System.nanoTime's clock */
    public ScannerWedge(LongSupplier nanos) {
        this(nanos, later -> {
            PauseTransition gap = new PauseTransition(Duration.millis(KeyBurst.MAX_GAP_NANOS / 1_000_000.0 + 5));
            gap.setOnFinished(e -> later.run());
            gap.play();
        });
    }

    /**
     * @param afterGap runs its argument on the JavaFX thread once a scanner's next key would have come (a little
     *                 over {@link KeyBurst#MAX_GAP_NANOS}); tests run it when they choose
     */
    public ScannerWedge(LongSupplier nanos, Consumer<Runnable> afterGap) {
        this.nanos = nanos;
        this.afterGap = afterGap;
    }

    /** Watches the scene's keys (event filters: they see the keys before any control does). */
    public void attach(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (c.length() == 1 && !Character.isISOControl(c.charAt(0))) {
                long now = nanos.getAsLong();
                boolean inBurst = burst.continues(now);
                if (!inBurst) {
                    burstField = scene.getFocusOwner() instanceof TextInputControl field ? field : null;
                    textBeforeBurst = burstField == null ? null : burstField.getText();
                }
                burst.typed(c.charAt(0), now);
                if (inBurst && !typing(scene)) {
                    e.consume();
                }
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            long now = nanos.getAsLong();
            if (e.getCode() == KeyCode.ENTER) {
                burst.enter(now).ifPresent(code -> {
                    e.consume();
                    takeBack(scene.getFocusOwner(), code);
                    restore(scene.getFocusOwner());
                    onScan.accept(code);
                });
            } else if (!typing(scene) && burst.continues(now)) {
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE && scene.getFocusOwner() instanceof ButtonBase button) {
                e.consume();
                holdSpace(button);
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (!typing(scene) && (burst.continues(nanos.getAsLong())
                    || e.getCode() == KeyCode.SPACE && heldSpace != null)) {
                e.consume();
            }
        });
    }

    /** Where scans go now: the screen shown sets it. */
    public void onScan(Consumer<String> target) {
        this.onScan = target;
    }

    /** Presses {@code button} for the Space just pressed unless more characters follow it at a scanner's pace. */
    private void holdSpace(ButtonBase button) {
        heldSpace = button;
        // the Space's own character comes with its KEY_TYPED, after this
        typedWithSpace = burst.typedCount() + 1;
        afterGap.accept(() -> {
            ButtonBase held = heldSpace;
            heldSpace = null;
            if (held != null && burst.typedCount() <= typedWithSpace && !held.isDisabled() && held.getScene() != null) {
                held.fire();
            }
        });
    }

    /** Whether the focus is in a text field: there a person's keys (Space too) type, and a scan is taken back. */
    private static boolean typing(Scene scene) {
        return scene.getFocusOwner() instanceof TextInputControl;
    }

    /**
     * A field that reformats what is typed (the phone, {@code Keypad.formatAsTyped}) does not end with the code: it
     * gets back its text from before the burst.
     */
    private void restore(Node focus) {
        if (focus == burstField && textBeforeBurst != null && !textBeforeBurst.equals(burstField.getText())) {
            burstField.setText(textBeforeBurst);
            burstField.positionCaret(textBeforeBurst.length());
        }
    }

    private static void takeBack(Node focus, String code) {
        if (focus instanceof TextInputControl field && field.getText() != null && field.getText().endsWith(code)) {
            String text = field.getText();
            field.setText(text.substring(0, text.length() - code.length()));
            field.positionCaret(field.getText().length());
        }
    }
}
