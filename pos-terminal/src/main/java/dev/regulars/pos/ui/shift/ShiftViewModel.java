package dev.regulars.pos.ui.shift;

import dev.regulars.core.words.KeyedRefusal;
import dev.regulars.pos.sale.AmountInput;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.ShiftRecord;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.receipt.ReceiptFacts;
import dev.regulars.pos.receipt.ReceiptJournal;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.receipt.ReceiptRow;
import dev.regulars.pos.receipt.ReceiptStore;
import dev.regulars.pos.receipt.ShiftReportLayout;
import dev.regulars.pos.receipt.TextReceipt;
import dev.regulars.pos.sale.Checkout;
import dev.regulars.pos.shift.ShiftDesk;
import dev.regulars.pos.ui.TillTexts;
import dev.regulars.pos.ui.sale.ReceiptDesk;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shift screen: open the shift with the drawer's cash (the drawer opens for the float), the X report, the
 * shift's receipts, sales' and refunds' (reprint, refund), the drawer opened without a sale, and the close with the
 * cash count and the Z report (the drawer opens to be counted). Reports print off the JavaFX thread.
 *
 * <p>Two steps cannot be undone and are asked twice: the close (the Z report ends the shift for good), first showing
 * the cash counted against the cash expected; and opening with an empty drawer, which is more often a cash amount
 * forgotten than a drawer without a float. The same action again with the same amount confirms; typing another
 * amount asks again.
 */
public final class ShiftViewModel {

    private final StringProperty openingCash = new SimpleStringProperty("");
    private final StringProperty countedCash = new SimpleStringProperty("");
    private final StringProperty report = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty open = new SimpleBooleanProperty();
    /** Set while the till waits for the close (or the empty opening) to be confirmed. */
    private final BooleanProperty confirming = new SimpleBooleanProperty();
    /** The counted cash the cashier was asked to confirm the close with; null when nothing is asked. */
    private Long closeAsked;
    private boolean emptyOpeningAsked;
    private final ObservableList<ReceiptJournal.Entry> receipts = FXCollections.observableArrayList();
    /** Whether there is an X or Z report to print again: one shown here, or the journal's last Z report. */
    private final BooleanProperty reportReprintable = new SimpleBooleanProperty();
    /** The last X or Z report shown on this screen; null until one is (then the journal's last Z is reprinted). */
    private ShiftRecord lastReport;
    private boolean lastReportIsZ;
    private final Journal journal;
    private final ShiftDesk desk;
    private final ReceiptJournal journalled;
    private final DrawerDesk drawer;
    private final Checkout checkout;
    private final CashierRecord cashier;
    private final ReceiptOutput output;
    private final TillTexts words;
    private final Executor background;
    private final Executor ui;
    private final dev.regulars.pos.ui.keypad.SharedKeypad keypad = new dev.regulars.pos.ui.keypad.SharedKeypad();

    /** @param drawer the cash drawer, on the same journal and printer */
    public ShiftViewModel(ShiftDesk desk, Journal journal, DrawerDesk drawer, Checkout checkout,
                          CashierRecord cashier, ReceiptOutput output, TillTexts words, Executor background,
                          Executor ui) {
        this.desk = desk;
        this.journal = journal;
        this.journalled = new ReceiptJournal(journal, () -> checkout.facts(null));
        this.drawer = drawer;
        this.checkout = checkout;
        this.cashier = cashier;
        this.output = output;
        this.words = words;
        this.background = background;
        this.ui = ui;
        countedCash.addListener((obs, was, now) -> stopAsking());
        openingCash.addListener((obs, was, now) -> stopAsking());
        refresh();
    }

    private void stopAsking() {
        closeAsked = null;
        emptyOpeningAsked = false;
        confirming.set(false);
    }

    /**
     * Opens the shift with the cash typed. Empty first asks "open with €0.00?" ({@link #confirmingProperty}); the
     * same call again opens with none.
     *
     * @return whether it opened
     */
    public boolean openShift() {
        message.set("");
        Long cash = amount(openingCash.get(), AmountInput.openingCashCap(words.currency()));
        if (cash == null) {
            return false;
        }
        if (openingCash.get() == null || openingCash.get().isBlank()) {
            if (!emptyOpeningAsked) {
                emptyOpeningAsked = true;
                confirming.set(true);
                message.set(words.say("shift.confirmEmptyOpening", words.money(0)));
                return false;
            }
        }
        stopAsking();
        desk.open(cashier, cash);
        openingCash.set("");
        drawer.shiftOpened(message::set);
        refresh();
        return true;
    }

    /** Opens the cash drawer without a sale: journalled with the cashier and the time, counted on the reports. */
    public void openDrawer() {
        message.set("");
        drawer.noSale(message::set);
    }

    /** The X report on screen and on paper; the shift stays open. */
    public void xReport() {
        message.set("");
        show(desk.xReport(cashier), false);
    }

    /**
     * Closes the shift with the cash counted, shows and prints the Z report. The first call only asks: it says the
     * cash counted, expected and the difference, and sets {@link #confirmingProperty}; the same call again with the
     * same amount closes.
     *
     * @return whether it closed
     */
    public boolean closeShift() {
        message.set("");
        if (countedCash.get() == null || countedCash.get().isBlank()) {
            message.set(words.say("shift.countFirst"));
            return false;
        }
        Long counted = amount(countedCash.get(), AmountInput.countedCashCap(words.currency()));
        if (counted == null) {
            return false;
        }
        if (closeAsked == null || closeAsked.longValue() != counted) {
            long expected = desk.xReport(cashier).report().expectedCashMinor();
            closeAsked = counted;
            confirming.set(true);
            message.set(words.say("shift.confirmClose", words.money(counted), words.money(expected),
                    signed(counted - expected)));
            return false;
        }
        stopAsking();
        // the drawer opens with the Z report, to be counted and emptied: logged as the shift's last opening
        drawer.zReport();
        show(desk.close(cashier, counted), true);
        countedCash.set("");
        refresh();
        return true;
    }

    /** A receipt of the shift again, a sale's or a refund's, marked COPY. */
    public void reprint(ReceiptJournal.Entry entry) {
        var copy = journalled.copy(entry);
        background.execute(() -> {
            var outcome = output.print(copy, false);
            ui.execute(() -> message.set(ReceiptDesk.said(words, copy.number(), outcome)));
        });
    }

    /**
     * The last X or Z report on paper again: the one shown on this screen, or else the journal's last Z report (a Z
     * that did not print, after the close logged the cashier out). Says so when there is none.
     */
    public void reprintReport() {
        message.set("");
        if (lastReport == null) {
            var lastZ = journal.shifts().lastClosed();
            if (lastZ.isEmpty()) {
                message.set(words.say("shift.noReport"));
                return;
            }
            print(lastZ.get(), true, false);
        } else {
            print(lastReport, lastReportIsZ, false);
        }
    }

    private void show(ShiftRecord shift, boolean z) {
        lastReport = shift;
        lastReportIsZ = z;
        reportReprintable.set(true);
        List<ReceiptRow> rows = print(shift, z, z);
        report.set(String.join("\n", TextReceipt.lines(rows, output.columns())));
    }

    /** Prints a report off the JavaFX thread, the drawer kicked with {@code openDrawer}; a failure is said. */
    private List<ReceiptRow> print(ShiftRecord shift, boolean z, boolean openDrawer) {
        ReceiptStore store = checkout.receiptStore();
        ReceiptFacts facts = checkout.facts(cashier);
        List<ReceiptRow> rows = ShiftReportLayout.rows(shift, z, store, facts.tillName());
        background.execute(() -> {
            var outcome = output.print(rows, store.locale(), openDrawer);
            ui.execute(() -> message.set(outcome instanceof ReceiptOutput.NotPrinted failed
                    ? words.say("shift.notPrinted", words.refusal(failed.reason())) : ""));
        });
        return rows;
    }

    /**
     * The drawer's difference with its sign before the currency in every language, as the Z report prints it:
     * "+€ 0,10" over, "-€ 1,50" short, "€ 0,00" even (a Dutch format would otherwise put no sign on an overage).
     */
    private String signed(long differenceMinor) {
        String sign = differenceMinor > 0 ? "+" : differenceMinor < 0 ? "-" : "";
        return sign + words.money(Math.abs(differenceMinor));
    }

    /** The typed cash, at most {@code capMinor}; null (the refusal shown) when it is not such an amount. */
    private Long amount(String typed, long capMinor) {
        if (typed == null || typed.isBlank()) {
            return 0L;
        }
        try {
            return AmountInput.atMost(AmountInput.parse(typed, words.currency()), capMinor, words.currency());
        } catch (KeyedRefusal e) {
            message.set(words.refusal(e));
            return null;
        }
    }

    /** Reads the shift and its receipts again (after a sale or refund). */
    public void refresh() {
        open.set(desk.current().isPresent());
        reportReprintable.set(lastReport != null || journal.shifts().lastClosed().isPresent());
        receipts.setAll(desk.current().map(s -> journalled.after(s.afterSale(), s.afterRefund()))
                .orElse(List.of()));
    }

    /**
     * A receipt of the list as the cashier reads it: number, time, amount, how paid; a refund's with its amount
     * given back after a minus, and how.
     */
    public String describe(ReceiptJournal.Entry entry) {
        String when = DateTimeFormatter.ofPattern("HH:mm").format(entry.at().atZone(zone()));
        if (entry.isRefund()) {
            var refund = entry.refund();
            long back = refund.tillFigures() == null ? 0 : refund.tillFigures().moneyBackMinor();
            // by method as it went back (Cash + Card for a split sale), as on the refund's receipt
            String how = refund.paidBackBy() == null && refund.paidBack() == null ? ""
                    : "  (" + tenders(refund.moneyBackBy().stream().map(p -> Map.entry(p.method(), p.amountMinor()))
                    .toList()) + ")";
            return entry.number() + "  " + when + "  -" + words.money(back) + how;
        }
        var record = entry.sale().record();
        String paid = tenders(record.payments().stream().map(p -> Map.entry(p.method(), p.amountMinor())).toList());
        return entry.number() + "  " + when + "  " + words.money(record.tillFigures().dueMinor())
                + (paid.isEmpty() ? "" : "  (" + paid + ")");
    }

    /** "Cash €4.29 + Card €3.14": amounts in minor units by method. */
    private String tenders(List<Map.Entry<PaymentRecord.PaymentMethod, Long>> byMethod) {
        return String.join(" + ", byMethod.stream()
                .map(p -> words.say("pay.tender." + p.getKey().name(), words.money(p.getValue()))).toList());
    }

    private ZoneId zone() {
        return checkout.receiptStore().zone();
    }

    public StringProperty openingCashProperty() {
        return openingCash;
    }

    public StringProperty countedCashProperty() {
        return countedCash;
    }

    /** The last X or Z report, as text for the screen. */
    public ReadOnlyStringProperty reportProperty() {
        return report;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Whether the message asks to confirm the close or an empty opening (the same button again confirms). */
    public BooleanProperty confirmingProperty() {
        return confirming;
    }

    /** Whether {@link #reprintReport()} has a report to print. */
    public BooleanProperty reportReprintableProperty() {
        return reportReprintable;
    }

    /** Whether a shift is open. */
    public BooleanProperty openProperty() {
        return open;
    }

    /** The shift's receipts, sales' and refunds', oldest first. */
    public ObservableList<ReceiptJournal.Entry> receipts() {
        return receipts;
    }

    /** The shift screen's on-screen pad, for the cash counted. */
    public dev.regulars.pos.ui.keypad.SharedKeypad keypad() {
        return keypad;
    }

    /**
     * The pad on the cash counted: the currency's decimals; Enter is done (Close shift then shows the difference
     * and asks to confirm).
     */
    public dev.regulars.pos.ui.keypad.SharedKeypad.Field countedCashPad() {
        return new dev.regulars.pos.ui.keypad.SharedKeypad.Field("counted-cash",
                dev.regulars.pos.ui.keypad.KeypadModel.amount(words.locale(), words.currency()), countedCash,
                () -> { });
    }

    public TillTexts words() {
        return words;
    }
}
