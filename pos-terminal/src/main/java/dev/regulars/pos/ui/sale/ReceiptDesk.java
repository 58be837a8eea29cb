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
            ReceiptOutput.Outcome outcome = output.print(receipt, openDrawer);
            String words = outcome instanceof ReceiptOutput.NotPrinted failed
                    ? this.words.say("print.failed", receipt.number(), failed.message())
                    : outcome instanceof ReceiptOutput.NoPrinter ? this.words.say("print.noPrinter", receipt.number())
                    : this.words.say("print.printed", receipt.number());
            ui.execute(() -> status.set(words));
        });
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
