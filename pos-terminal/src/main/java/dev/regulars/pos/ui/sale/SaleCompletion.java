package dev.regulars.pos.ui.sale;

import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.JournalException;
import dev.regulars.pos.receipt.Receipts;
import dev.regulars.pos.sale.CheckDraft;
import dev.regulars.pos.sale.Checkout;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.OnlineRedemption;
import dev.regulars.pos.sale.OpenSale;
import dev.regulars.pos.sale.Tender;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * From the tenders to the journal: points paying for the sale are first taken on the server when it answers; then
 * the sale is written to the journal, and only then does the receipt print. Meanwhile the open check is kept in the
 * journal at every change, so a till that crashes or restarts finds it with the payments already taken.
 */
final class SaleCompletion {

    /** What the completion does to the sale screen. */
    interface Screen {
        /** The check as it stands: lines, customer, points, the check's discount. */
        CheckDraft draft();

        PricedCheck priced();

        /** Takes the payments back after a refusal and shows the check again. */
        void paymentFailed();

        /** The sale is in the journal: the screen turns to the next customer. */
        void nextCustomer();
    }

    private final Checkout checkout;
    private final Journal journal;
    private final OnlineRedemption redemption;
    private final CashierRecord cashier;
    private final ReceiptDesk receipts;
    private final ScreenMessage message;
    private final BooleanProperty busy;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<CompletedSale> lastSale = new SimpleObjectProperty<>();
    private final StringProperty receiptText = new SimpleStringProperty("");
    private final SaleTexts texts;
    private final Runnable afterSale;
    private Screen screen;
    /** What {@link #keep} last wrote (null: the check was empty), once it has written. */
    private String lastOpenSale;
    private boolean openSaleKept;

    /** @param afterSale called once a sale is in the journal, e.g. to sync it at once */
    SaleCompletion(Checkout checkout, Journal journal, OnlineRedemption redemption, CashierRecord cashier,
                   ReceiptDesk receipts, SaleTexts texts, ScreenMessage message, BooleanProperty busy,
                   Runnable afterSale, Executor background, Executor ui) {
        this.texts = texts;
        this.afterSale = afterSale;
        this.checkout = checkout;
        this.journal = journal;
        this.redemption = redemption;
        this.cashier = cashier;
        this.receipts = receipts;
        this.message = message;
        this.busy = busy;
        this.background = background;
        this.ui = ui;
    }

    void attach(Screen sale) {
        this.screen = sale;
    }

    /**
     * Keeps the open check in the journal at every change; an empty one leaves nothing behind. A refresh that
     * changes nothing of it (a slider dragged, a customer looked up) writes nothing: each write is a disk sync.
     */
    void keep(OpenSale open) {
        String json = open.isEmpty() ? null : open.toJson();
        if (openSaleKept && Objects.equals(json, lastOpenSale)) {
            return;
        }
        journal.saveOpenSale(json);
        lastOpenSale = json;
        openSaleKept = true;
    }

    /** The check that was open when the till stopped, if any. */
    java.util.Optional<OpenSale> kept() {
        return journal.openSale().map(OpenSale::fromJson).filter(o -> !o.isEmpty());
    }

    /** The tenders cover the check: takes the points, then journals the sale (off the JavaFX thread meanwhile). */
    void complete(List<Tender> tenders) {
        PricedCheck priced = screen.priced();
        UUID saleId = UUID.randomUUID();
        CheckDraft draft = screen.draft();
        busy.set(true);
        background.execute(() -> {
            OnlineRedemption.Outcome taken = redemption.take(saleId, draft.customer(), priced.pointsRedeemed());
            ui.execute(() -> {
                busy.set(false);
                complete(saleId, draft, tenders, taken);
            });
        });
    }

    private void complete(UUID saleId, CheckDraft draft, List<Tender> tenders, OnlineRedemption.Outcome taken) {
        if (taken instanceof OnlineRedemption.Refused refused) {
            screen.paymentFailed();
            message.say("pay.pointsRefused", refused.message());
            return;
        }
        CompletedSale sale;
        try {
            sale = checkout.pay(saleId, draft, tenders, cashier);
        } catch (JournalException | IllegalArgumentException e) {
            if (taken instanceof OnlineRedemption.Taken) {
                background.execute(() -> redemption.giveBack(saleId));
            }
            screen.paymentFailed();
            message.say("pay.notSaved", message.words().refusal(e));
            return;
        }
        lastSale.set(sale);
        receiptText.set(texts.receipt(sale));
        receipts.issue(Receipts.ofSale(sale),
                tenders.stream().anyMatch(t -> t.method() == PaymentRecord.PaymentMethod.CASH));
        screen.nextCustomer();
        // the sale is done: nothing said before it still holds
        message.clear();
        afterSale.run();
    }

    /** The sale completed last. */
    ObjectProperty<CompletedSale> lastSaleProperty() {
        return lastSale;
    }

    /** The last sale's receipt as text; cleared when the next check starts. */
    StringProperty receiptTextProperty() {
        return receiptText;
    }
}
