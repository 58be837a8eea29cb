package dev.regulars.pos.ui.keypad;

import static org.assertj.core.api.Assertions.assertThat;

/** Taps a {@link SharedKeypad}'s keys as a cashier would, in the view models' tests (no window). */
public final class PadTaps {

    private PadTaps() {
    }

    private static String labelOf(KeypadModel.Key key) {
        if (key instanceof KeypadModel.Typed typed) {
            return typed.chars();
        }
        return key instanceof KeypadModel.Backspace ? "⌫"
                : key instanceof KeypadModel.Clear ? "C" : "OK";
    }

    /** Taps the pad's keys by their labels ("7", "⌫", "C", "OK"). */
    public static void press(SharedKeypad pad, String... labels) {
        for (String label : labels) {
            var field = pad.openProperty().get();
            assertThat(field).as("the pad is open for " + label).isNotNull();
            pad.press(field.keys().keys().stream().filter(java.util.Objects::nonNull)
                    .filter(k -> labelOf(k).equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no key " + label)));
        }
    }
}
