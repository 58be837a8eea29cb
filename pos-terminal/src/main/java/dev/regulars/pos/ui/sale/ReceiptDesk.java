package dev.regulars.pos.ui.sale;

import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.receipt.Receipt;
import dev.regulars.pos.receipt.ReceiptJournal;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.sale.Checkout;
import dev.regulars.pos.ui.TillTexts;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Receipts of sales already in the journal: printed (and archived) off the JavaFX thread, the outcome in words
 * for the cashier, the last one shown on screen, and the till's last receipt (a sale's or a refund's, whoever
 * made it, before a logout or a restart too) printed again as a COPY from the journal.
 */
public final class ReceiptDesk {

    private final ObjectProperty<Receipt> last = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty reprintable = new SimpleBooleanProperty();
    private final ReceiptOutput output;
    private final ReceiptJournal journalled;
    private final TillTexts words;
    private final Executor background;
    private final Executor ui;

    ReceiptDesk(ReceiptOutput output, Checkout checkout, Journal journal, TillTexts words, Executor background,
                Executor ui) {
        this.output = output;
        this.journalled = new ReceiptJournal(journal, () -> checkout.facts(null));
        this.words = words;
        this.background = background;
        this.ui = ui;
        reprintable.set(journal.lastReceipt().isPresent());
    }

    /** The receipt of a sale just journalled. */
    void issue(Receipt receipt, boolean openDrawer) {
        last.set(receipt);
        reprintable.set(true);
        print(receipt, openDrawer);
    }

    /** The till's last receipt again, marked COPY, as the journal has it; nothing before the first sale. */
    public void reprintLast() {
        journalled.last().map(journalled::copy).ifPresent(copy -> print(copy, false));
    }

    private void print(Receipt receipt, boolean openDrawer) {
        status.set("");
        background.execute(() -> {
            String said = said(words, receipt.number(), output.print(receipt, openDrawer));
            ui.execute(() -> status.set(said));
        });
    }

    /** Forgets the last receipt shown and what became of it: the next check has begun (a reprint still has it). */
    void clearShown() {
        last.set(null);
        status.set("");
    }

    /** What became of receipt {@code number}, in words for the cashier: printed, no printer, or why not. */
    public static String said(TillTexts words, String number, ReceiptOutput.Outcome outcome) {
        return outcome instanceof ReceiptOutput.NotPrinted failed
                ? words.say("print.failed", number, words.refusal(failed.reason()))
                : outcome instanceof ReceiptOutput.NoPrinter ? words.say("print.noPrinter", number)
                : words.say("print.printed", number);
    }

    /** The last receipt issued on this screen, for the screen (the printed one's twin); null once the next check began. */
    public ReadOnlyObjectProperty<Receipt> lastProperty() {
        return last;
    }

    /** Whether the till has a receipt to print again (its journal has a sale). */
    public ReadOnlyBooleanProperty reprintableProperty() {
        return reprintable;
    }

    /** Whether the last receipt printed, in words for the cashier. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
