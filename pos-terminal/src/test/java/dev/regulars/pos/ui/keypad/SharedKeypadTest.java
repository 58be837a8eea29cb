package dev.regulars.pos.ui.keypad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** Which pad goes when the focus leaves its field, and what Enter does; no window. */
class SharedKeypadTest {

    private final StringProperty text = new SimpleStringProperty("");
    private final AtomicInteger entered = new AtomicInteger();
    private final SharedKeypad.Field pin = new SharedKeypad.Field("pin", KeypadModel.digits(Locale.US), text,
            entered::incrementAndGet);

    @Test
    void aPadOverAnotherAreaGoesWhenTheFocusLeavesItsField() {
        SharedKeypad pad = new SharedKeypad();
        pad.open(pin);
        pad.focusLeft("other");
        assertThat(pad.openProperty().get()).as("another field's focus is not this pad's").isSameAs(pin);
        pad.focusLeft("pin");
        assertThat(pad.openProperty().get()).isNull();
    }

    @Test
    void aPadBesideTheFieldsStaysSoTheTappedButtonDoesNotMoveAndGoesOnEnter() {
        SharedKeypad pad = SharedKeypad.beside();
        pad.open(pin);
        pad.focusLeft("pin");
        assertThat(pad.openProperty().get()).isSameAs(pin);
        pad.press(new KeypadModel.Typed("7"));
        assertThat(text.get()).isEqualTo("7");
        pad.press(new KeypadModel.Enter());
        assertThat(pad.openProperty().get()).isNull();
        assertThat(entered).hasValue(1);
    }
}
