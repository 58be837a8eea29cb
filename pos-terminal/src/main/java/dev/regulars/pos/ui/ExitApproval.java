package dev.regulars.pos.ui;

import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.words.KeyedRefusal;
import dev.regulars.pos.sale.ManagerApproval;
import dev.regulars.pos.sale.PinAttempts;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Leaving the till in kiosk mode: only a manager's PIN closes it (the window's close button and Alt+F4 ask for it
 * too), so a customer at the counter cannot get to the desktop. A till that knows no cashier yet (not paired, or
 * paired but not synced) closes without a PIN: no PIN could be right, and nobody can log in or sell on it. Wrong
 * PINs count in the till's shared {@link PinAttempts} (as at login, discounts and refunds), so this screen cannot be
 * used to guess a manager's PIN either.
 */
public final class ExitApproval {

    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final Supplier<List<CashierRecord>> people;
    private final Runnable exit;
    private final TillTexts words;
    private final PinAttempts pins;

    /** @param pins the till's shared count of wrong PINs ({@link PinAttempts#of}) */
    public ExitApproval(Supplier<List<CashierRecord>> people, PinAttempts pins, TillTexts words, Runnable exit) {
        this.people = people;
        this.pins = pins;
        this.words = words;
        this.exit = exit;
        if (noStaffYet()) {
            message.set(words.say("exit.noStaffYet"));
        }
    }

    /** Closes the till when the PIN is a manager's; otherwise says so and stays. */
    public void approve() {
        String typed = pin.get();
        pin.set("");
        if (noStaffYet()) {
            message.set("");
            exit.run();
            return;
        }
        try {
            if (pins.attempt(() -> ManagerApproval.manager(typed, people.get())).isEmpty()) {
                message.set(words.say("manager.wrong"));
                return;
            }
        } catch (KeyedRefusal locked) {
            message.set(words.refusal(locked));
            return;
        }
        message.set("");
        exit.run();
    }

    /** Before the till's first sync it has no cashiers, so no managers either. */
    private boolean noStaffYet() {
        return people.get().isEmpty();
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
