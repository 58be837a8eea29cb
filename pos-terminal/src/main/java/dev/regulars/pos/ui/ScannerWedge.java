package dev.regulars.pos.ui;

import dev.regulars.pos.sale.KeyBurst;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Catches what a keyboard-wedge scanner types, wherever the focus is: a burst ending with Enter is a scan. It is
 * taken back out of the text field it fell into (so a barcode never lands in a name or an amount by accident), its
 * Enter does not reach the screen, and the code goes to {@code onScan} (a product, a customer's card, a receipt).
 */
public final class ScannerWedge {

    private final KeyBurst burst = new KeyBurst();
    private final LongSupplier nanos;
    private Consumer<String> onScan = code -> { };

    public ScannerWedge(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Watches the scene's keys (event filters: they see the keys before any control does). */
    public void attach(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (c.length() == 1 && !Character.isISOControl(c.charAt(0))) {
                burst.typed(c.charAt(0), nanos.getAsLong());
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER) {
                return;
            }
            burst.enter(nanos.getAsLong()).ifPresent(code -> {
                e.consume();
                takeBack(scene.getFocusOwner(), code);
                onScan.accept(code);
            });
        });
    }

    /** Where scans go now: the screen shown sets it. */
    public void onScan(Consumer<String> target) {
        this.onScan = target;
    }

    private static void takeBack(Node focus, String code) {
        if (focus instanceof TextInputControl field && field.getText() != null && field.getText().endsWith(code)) {
            String text = field.getText();
            field.setText(text.substring(0, text.length() - code.length()));
            field.positionCaret(field.getText().length());
        }
    }
}
