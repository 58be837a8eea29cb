package dev.regulars.pos.ui.refund;

import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import dev.regulars.core.sync.RefundRecord;
import dev.regulars.core.words.KeyedRefusal;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.JournalledSale;
import dev.regulars.pos.receipt.Receipt;
import dev.regulars.pos.receipt.ReceiptFacts;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.receipt.Receipts;
import dev.regulars.pos.sale.Checkout;
import dev.regulars.pos.sale.ManagerApproval;
import dev.regulars.pos.sale.RefundDesk;
import dev.regulars.pos.ui.TillTexts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The refund screen: the sale found by its receipt's QR (scanned into the field), its number, or from the shift's
 * list; how many of each line go back (all of them: a void); cash or card; a manager's PIN; then the refund is
 * journalled before the money leaves the drawer, and its receipt prints.
 */
public final class RefundViewModel {

    private final StringProperty lookup = new SimpleStringProperty("");
    private final StringProperty managerPin = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    /** Whether {@link #message} says what went wrong (shown as an error) rather than what was done. */
    private final javafx.beans.property.BooleanProperty messageIsError =
            new javafx.beans.property.SimpleBooleanProperty();
    private final ObjectProperty<JournalledSale> sale = new SimpleObjectProperty<>();
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(PaymentMethod.CASH);
    /** The sale was paid by more than one method: the money goes back as paid, there is no method to choose. */
    private final javafx.beans.property.BooleanProperty splitPaid = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty paidBack = new SimpleStringProperty("");
    private final ObservableList<RefundDesk.RefundableLine> lines = FXCollections.observableArrayList();
    private final Map<Integer, Integer> quantities = new HashMap<>();
    private final ObjectProperty<Receipt> lastReceipt = new SimpleObjectProperty<>();
    private final RefundDesk desk;
    private final Journal journal;
    private final Checkout checkout;
    private final CashierRecord cashier;
    private final ReceiptOutput output;
    private final TillTexts words;
    private final Executor background;
    private final Executor ui;
    private final dev.regulars.pos.sale.PinAttempts pins;
    private final dev.regulars.pos.ui.keypad.SharedKeypad keypad = dev.regulars.pos.ui.keypad.SharedKeypad.beside();

    public RefundViewModel(RefundDesk desk, Journal journal, Checkout checkout, CashierRecord cashier,
                           ReceiptOutput output, TillTexts words, Executor background, Executor ui) {
        this.desk = desk;
        this.journal = journal;
        this.checkout = checkout;
        this.cashier = cashier;
        this.output = output;
        this.words = words;
        this.background = background;
        this.ui = ui;
        this.pins = dev.regulars.pos.sale.PinAttempts.of(journal, desk.clock());
    }

    /** Finds the sale typed or scanned into the field. */
    public void find() {
        tell("");
        desk.find(lookup.get()).ifPresentOrElse(this::show, () -> {
            // the sale shown before is not the one asked for now: never refund it by mistake
            sale.set(null);
            splitPaid.set(false);
            lines.clear();
            quantities.clear();
            managerPin.set("");
            paidBack.set("");
            fail(words.say("refund.notFound", lookup.get() == null ? "" : lookup.get().strip()));
        });
    }

    private void tell(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    private void fail(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    /** A sale chosen from the shift's list. */
    public void show(JournalledSale found) {
        keypad.close();
        sale.set(found);
        quantities.clear();
        // a PIN typed for the receipt shown before approves nothing else: the manager types it for this one
        managerPin.set("");
        lines.setAll(desk.refundable(found));
        method.set(found.record().payments().stream().anyMatch(p -> p.method() == PaymentMethod.CARD)
                ? PaymentMethod.CARD : PaymentMethod.CASH);
        // RefundSplit pays a split sale back as it was paid, whatever method is chosen: no choice is offered
        splitPaid.set(found.record().payments().stream().map(p -> p.method()).distinct().count() > 1);
        showPaidBack();
        if (lines.stream().allMatch(l -> l.left() == 0)) {
            tell(words.say("refund.allBack"));
        }
    }

    /**
     * The money back by method for the quantities chosen, shown before the cashier confirms: a sale paid part cash,
     * part card is paid back the same way ({@link dev.regulars.pos.sale.RefundSplit}).
     */
    private void showPaidBack() {
        JournalledSale found = sale.get();
        if (found == null || quantities.isEmpty()) {
            paidBack.set("");
            return;
        }
        try {
            var preview = desk.preview(found, Map.copyOf(quantities), method.get());
            paidBack.set(words.say("refund.paidBack", byMethod(preview.paidBack())));
        } catch (KeyedRefusal e) {
            paidBack.set(words.refusal(e));
        }
    }

    /** "Cash €5.00 + Card €7.00". */
    private String byMethod(List<RefundRecord.PaidBack> parts) {
        return parts.isEmpty() ? words.money(0) : String.join(" + ", parts.stream()
                .map(p -> words.say("pay.tender." + p.method().name(), words.money(p.amountMinor()))).toList());
    }

    /** One more of a line goes back (up to what is left). */
    public void more(int lineNo) {
        // a line with nothing left stays unchosen: a quantity of 0 is not something that goes back
        lines.stream().filter(l -> l.lineNo() == lineNo && l.left() > 0).findFirst().ifPresent(l ->
                quantities.put(lineNo, Math.min(l.left(), quantities.getOrDefault(lineNo, 0) + 1)));
        lines.setAll(List.copyOf(lines));
        showPaidBack();
    }

    public void less(int lineNo) {
        quantities.computeIfPresent(lineNo, (k, v) -> v <= 1 ? null : v - 1);
        lines.setAll(List.copyOf(lines));
        showPaidBack();
    }

    /** Every line that is left goes back: a void. */
    public void everything() {
        if (sale.get() != null) {
            quantities.clear();
            quantities.putAll(desk.everything(sale.get()));
            lines.setAll(List.copyOf(lines));
            showPaidBack();
        }
    }

    /**
     * A line as the cashier finds it on the receipt: the product, its options, the price of one, and how many go
     * back of how many sold ("Latte, Large, Oat milk · €4.40: 1 of 1 sold, 1 left").
     */
    public String describe(RefundDesk.RefundableLine line) {
        StringBuilder label = new StringBuilder(line.name());
        JournalledSale found = sale.get();
        if (found != null && line.lineNo() >= 1 && line.lineNo() <= found.record().lines().size()) {
            found.record().lines().get(line.lineNo() - 1).modifiers().forEach(m -> label.append(", ")
                    .append(m.option()));
        }
        label.append(" · ").append(words.money(line.sold() == 0 ? 0 : line.lineTotalMinor() / line.sold()));
        return words.say("refund.line", label, quantity(line.lineNo()), line.sold(), line.left());
    }

    /** Whether the sale was paid by more than one method: its money goes back as paid, no method is chosen. */
    public javafx.beans.property.ReadOnlyBooleanProperty splitPaidProperty() {
        return splitPaid;
    }

    public int quantity(int lineNo) {
        return quantities.getOrDefault(lineNo, 0);
    }

    /** Journals the refund with the manager's PIN and prints its receipt. @return whether it was made */
    public boolean refund() {
        tell("");
        JournalledSale found = sale.get();
        if (found == null) {
            fail(words.say("refund.findFirst"));
            return false;
        }
        if (quantities.values().stream().noneMatch(q -> q > 0)) {
            // before the PIN: "not a manager's PIN" would send the cashier after the wrong thing
            fail(words.say("refund.nothing"));
            return false;
        }
        String pin = managerPin.get();
        managerPin.set("");
        java.util.Optional<CashierRecord> manager;
        try {
            manager = pins.attempt(() -> ManagerApproval.manager(pin, journal.cashiers()));
        } catch (KeyedRefusal locked) {
            fail(words.refusal(locked));
            return false;
        }
        if (manager.isEmpty()) {
            fail(words.say("manager.wrong"));
            return false;
        }
        RefundRecord refund;
        try {
            refund = desk.refund(found, Map.copyOf(quantities), method.get(), cashier, manager.get());
        } catch (KeyedRefusal e) {
            fail(words.refusal(e));
            return false;
        }
        int refundNo = journal.refunds().ofSale(found.record().saleId()).size();
        Receipt receipt = Receipts.ofRefund(found, refund, refundNo, checkout.facts(cashier));
        lastReceipt.set(receipt);
        long back = refund.tillFigures().moneyBackMinor();
        boolean cash = refund.moneyBackBy().stream().anyMatch(p -> p.method() == PaymentMethod.CASH);
        background.execute(() -> output.print(receipt, cash));
        keypad.close();
        show(found);
        List<RefundRecord.PaidBack> parts = refund.moneyBackBy();
        // one method: its name ("Refunded €2.90 (Cash)"); several: each with its amount
        tell(words.say("refund.done", words.money(back), parts.size() == 1
                ? words.say("pay.tender." + parts.get(0).method().name(), "").strip() : byMethod(parts)));
        return true;
    }

    public StringProperty lookupProperty() {
        return lookup;
    }

    public StringProperty managerPinProperty() {
        return managerPin;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Whether the message says what went wrong (the view shows it in the screens' error style). */
    public javafx.beans.property.ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    public ReadOnlyObjectProperty<JournalledSale> saleProperty() {
        return sale;
    }

    /** The money back by method for what is chosen now ("Back: Cash €5.00 + Card €7.00"); empty for nothing. */
    public javafx.beans.property.ReadOnlyStringProperty paidBackProperty() {
        return paidBack;
    }

    /**
     * How money goes back for a sale that recorded no payments; a sale's own payments decide otherwise (see
     * {@link #paidBackProperty}).
     */
    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public ObservableList<RefundDesk.RefundableLine> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<Receipt> lastReceiptProperty() {
        return lastReceipt;
    }

    /** The screen's one on-screen pad, for the receipt number and the manager's PIN. */
    public dev.regulars.pos.ui.keypad.SharedKeypad keypad() {
        return keypad;
    }

    /** The pad on the receipt number: digits; Enter finds the sale. */
    public dev.regulars.pos.ui.keypad.SharedKeypad.Field lookupPad() {
        return new dev.regulars.pos.ui.keypad.SharedKeypad.Field("refund-lookup",
                dev.regulars.pos.ui.keypad.KeypadModel.digits(words.locale()), lookup, this::find);
    }

    /** The pad on the manager's PIN: digits; Enter (the pad's or a keyboard's) does what the Refund button does. */
    public dev.regulars.pos.ui.keypad.SharedKeypad.Field managerPinPad() {
        return new dev.regulars.pos.ui.keypad.SharedKeypad.Field("refund-manager-pin",
                dev.regulars.pos.ui.keypad.KeypadModel.digits(words.locale()), managerPin, this::refund);
    }

    public TillTexts words() {
        return words;
    }
}
