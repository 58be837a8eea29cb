package dev.regulars.pos.ui.sale;

import dev.regulars.core.money.Money;
import dev.regulars.core.words.KeyedRefusal;
import dev.regulars.pos.sale.AmountInput;
import dev.regulars.pos.sale.Payment;
import dev.regulars.pos.sale.Tender;
import dev.regulars.pos.ui.TillTexts;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The payment panel: the amount typed, cash (with quick notes) and card, split payments, what is still to pay.
 * When the tenders cover the check, {@code onCovered} completes the sale; a refusal goes to {@code onRefusal} in
 * the cashier's words, and each action first sends it an empty message (what the action before said is gone).
 */
public final class PaymentModel {

    private final Payment payment = new Payment();
    private final ObservableList<String> tenderLines = FXCollections.observableArrayList();
    private final StringProperty remaining = new SimpleStringProperty("");
    private final StringProperty amountInput = new SimpleStringProperty("");
    private final TillTexts words;
    private final Supplier<Optional<String>> blocker;
    private final Consumer<String> onRefusal;
    private final Runnable onCovered;
    private final Runnable onChange;

    /**
     * @param blocker  says why the check cannot be paid yet (empty check, an open enrollment), in words; empty when
     *                 it can
     * @param onChange after every change of the tenders (the open sale is kept in the journal)
     */
    PaymentModel(TillTexts words, Supplier<Optional<String>> blocker, Consumer<String> onRefusal,
                 Runnable onCovered, Runnable onChange) {
        this.words = words;
        this.blocker = blocker;
        this.onRefusal = onRefusal;
        this.onCovered = onCovered;
        this.onChange = onChange;
    }

    /** The tenders a restarted till had taken for the open check. */
    void restore(List<Tender> taken) {
        payment.restore(taken);
        show();
    }

    /** Cash handed over as typed (empty: exactly what is left). */
    public void cash() {
        tender(true, amountInput.get());
    }

    /** A quick note or coin, in minor units. */
    public void cashNote(long minor) {
        tender(true, Money.of(minor, words.currency().getCurrencyCode()).toDecimal().toPlainString());
    }

    /** The card terminal charged the typed amount (empty: what is left). */
    public void card() {
        tender(false, amountInput.get());
    }

    public void undo() {
        onRefusal.accept("");
        payment.undo();
        show();
        onChange.run();
    }

    void clear() {
        payment.clear();
        show();
        onChange.run();
    }

    /** The check's amount due changed. */
    void due(long dueMinor) {
        payment.due(dueMinor);
        show();
    }

    List<Tender> tenders() {
        return payment.tenders();
    }

    private void tender(boolean cash, String typed) {
        // a new action: the message of the one before no longer holds
        onRefusal.accept("");
        Optional<String> blocked = blocker.get();
        if (blocked.isPresent()) {
            onRefusal.accept(blocked.get());
            return;
        }
        if (payment.covered()) {
            // nothing left to pay: a check made free by discounts or points, or one paid in full before the till
            // restarted; this completes the sale
            onCovered.run();
            return;
        }
        try {
            Long amount = typed == null || typed.isBlank() ? null : AmountInput.parse(typed, words.currency());
            if (cash && amount != null) {
                AmountInput.atMost(amount, AmountInput.cashCap(payment.remainingMinor(), words.currency()),
                        words.currency());
            }
            if (cash) {
                payment.cash(amount);
            } else {
                payment.card(amount);
            }
        } catch (KeyedRefusal e) {
            onRefusal.accept("pay.cardTooMuch".equals(e.key())
                    ? words.say(e.key(), words.money(payment.remainingMinor())) : words.refusal(e));
            return;
        } catch (IllegalArgumentException e) {
            onRefusal.accept(words.say("pay.notAnAmount", typed.strip()));
            return;
        }
        amountInput.set("");
        show();
        onChange.run();
        if (payment.covered()) {
            onCovered.run();
        }
    }

    private void show() {
        tenderLines.setAll(payment.tenders().stream().map(t -> t.changeMinor() > 0
                ? words.say("pay.tenderedCash", words.money(t.amountMinor()), words.money(t.tenderedMinor()))
                : words.say("pay.tender." + t.method().name(), words.money(t.amountMinor()))).toList());
        remaining.set(words.say("pay.remaining", words.money(payment.remainingMinor())));
    }

    public ObservableList<String> tenderLines() {
        return tenderLines;
    }

    public ReadOnlyStringProperty remainingProperty() {
        return remaining;
    }

    public StringProperty amountInputProperty() {
        return amountInput;
    }
}
