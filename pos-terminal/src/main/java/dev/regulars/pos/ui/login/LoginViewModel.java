package dev.regulars.pos.ui.login;

import dev.regulars.core.security.PinHasher;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.ui.TillTexts;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The cashier types a PIN; it is checked against the hashes synced to this till, so login works offline. */
public class LoginViewModel {

    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty storeName = new SimpleStringProperty("");
    private final Journal journal;
    private final TillTexts words;
    private final Consumer<CashierRecord> onLogin;
    private final dev.regulars.pos.sale.PinAttempts pins;

    public LoginViewModel(TillContext till, Consumer<CashierRecord> onLogin) {
        this.journal = till.journal();
        this.words = TillTexts.of(till);
        this.onLogin = onLogin;
        this.pins = dev.regulars.pos.sale.PinAttempts.of(journal, till.clock());
        journal.identity().ifPresent(id -> storeName.set(id.businessName() + " · " + id.storeName()));
    }

    public void digit(int digit) {
        if (pin.get().length() < 8) {
            pin.set(pin.get() + digit);
        }
        message.set("");
    }

    /** Takes back the last digit typed (the keyboard's Backspace). */
    public void backspace() {
        String typed = pin.get();
        if (!typed.isEmpty()) {
            pin.set(typed.substring(0, typed.length() - 1));
        }
    }

    public void clear() {
        pin.set("");
    }

    public void login() {
        String typed = pin.get();
        pin.set("");
        if (typed.length() < 4) {
            message.set(words.say("login.tooShort"));
            return;
        }
        if (journal.cashiers().isEmpty()) {
            message.set(words.say("login.noCashiers"));
            return;
        }
        Optional<CashierRecord> cashier;
        try {
            cashier = pins.attempt(() -> journal.cashiers().stream()
                    .filter(c -> PinHasher.matches(typed, c.pinHash())).findFirst());
        } catch (dev.regulars.core.words.KeyedRefusal locked) {
            // locked after too many wrong PINs: the cashier sees for how long
            message.set(words.refusal(locked));
            return;
        }
        if (cashier.isEmpty()) {
            message.set(words.say("login.wrong"));
            return;
        }
        if (journal.rules().isEmpty()) {
            // nothing can be priced without the program's rules: the sale screen would not open
            message.set(words.say("sale.noRules"));
            return;
        }
        message.set("");
        onLogin.accept(cashier.get());
    }

    /** Dots for the typed digits; the PIN itself never shows. */
    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public TillTexts words() {
        return words;
    }

    public StringProperty storeNameProperty() {
        return storeName;
    }
}
