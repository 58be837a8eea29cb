package dev.regulars.pos.ui.sale;

import dev.regulars.pos.receipt.Receipt;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.receipt.Receipts;
import dev.regulars.pos.sale.Checkout;
import dev.regulars.pos.ui.TillTexts;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Receipts of sales already in the journal: printed (and archived) off the JavaFX thread, the outcome in words
 * for the cashier, the last one shown on screen, and printed again as a COPY from the journal.
 */
public final class ReceiptDesk {

    private final ObjectProperty<Receipt> last = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ReceiptOutput output;
    private final Checkout checkout;
    private final TillTexts words;
    private final Executor background;
    private final Executor ui;
    private UUID lastSaleId;

    ReceiptDesk(ReceiptOutput output, Checkout checkout, TillTexts words, Executor background, Executor ui) {
        this.output = output;
        this.checkout = checkout;
        this.words = words;
        this.background = background;
        this.ui = ui;
    }

    /** The receipt of a sale just journalled. */
    void issue(UUID saleId, Receipt receipt, boolean openDrawer) {
        lastSaleId = saleId;
        last.set(receipt);
        print(receipt, openDrawer);
    }

    /** The last receipt again, marked COPY, as the journal has it. */
    public void reprintLast() {
        if (lastSaleId != null) {
            checkout.journalled(lastSaleId).ifPresent(j -> print(Receipts.reprint(j, null), false));
        }
    }

    private void print(Receipt receipt, boolean openDrawer) {
        status.set("");
        background.execute(() -> {
            String said = said(words, receipt.number(), output.print(receipt, openDrawer));
            ui.execute(() -> status.set(said));
        });
    }

    /** What became of receipt {@code number}, in words for the cashier: printed, no printer, or why not. */
    public static String said(TillTexts words, String number, ReceiptOutput.Outcome outcome) {
        return outcome instanceof ReceiptOutput.NotPrinted failed
                ? words.say("print.failed", number, words.refusal(failed.reason()))
                : outcome instanceof ReceiptOutput.NoPrinter ? words.say("print.noPrinter", number)
                : words.say("print.printed", number);
    }

    /** The last receipt issued, for the screen (the printed one's twin). */
    public ReadOnlyObjectProperty<Receipt> lastProperty() {
        return last;
    }

    /** Whether the last receipt printed, in words for the cashier. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
