package dev.regulars.pos.ui.shift;

import dev.regulars.core.sync.CashierRecord;
import dev.regulars.pos.journal.DrawerLog;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.ui.TillTexts;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The cash drawer: the cashier's "Open drawer" (no sale) and the kicks at a shift's opening and at its Z report.
 * Each opening is journalled (who, when, why) before the kick goes to the printer's drawer port, off the JavaFX
 * thread; what became of it is said in words for the cashier.
 */
public final class DrawerDesk {

    private final Journal journal;
    private final ReceiptOutput output;
    private final Clock clock;
    private final CashierRecord cashier;
    private final TillTexts words;
    private final Executor background;
    private final Executor ui;

    /** @param cashier who is logged in; null when nobody is */
    public DrawerDesk(Journal journal, ReceiptOutput output, Clock clock, CashierRecord cashier, TillTexts words,
                      Executor background, Executor ui) {
        this.journal = journal;
        this.output = output;
        this.clock = clock;
        this.cashier = cashier;
        this.words = words;
        this.background = background;
        this.ui = ui;
    }

    /**
     * Opens the drawer without a sale: logged as a no-sale (counted on the X and Z reports), then kicked.
     *
     * @param said gets the outcome for the cashier, on the JavaFX thread
     */
    public void noSale(Consumer<String> said) {
        log(DrawerLog.Reason.NO_SALE);
        background.execute(() -> {
            ReceiptOutput.Outcome outcome = output.openDrawer();
            String words = said(outcome);
            ui.execute(() -> said.accept(words));
        });
    }

    /** The kick when a shift opens, to put the float in; logged, and printed nothing. */
    public void shiftOpened(Consumer<String> said) {
        log(DrawerLog.Reason.SHIFT_OPEN);
        background.execute(() -> {
            ReceiptOutput.Outcome outcome = output.openDrawer();
            if (outcome instanceof ReceiptOutput.NotPrinted) {
                String words = said(outcome);
                ui.execute(() -> said.accept(words));
            }
        });
    }

    /** Logs the kick that goes with the Z report's bytes (the drawer opens as it prints, to be counted). */
    public void zReport() {
        log(DrawerLog.Reason.SHIFT_CLOSE);
    }

    private void log(DrawerLog.Reason reason) {
        journal.drawer().record(new DrawerLog.Opening(UUID.randomUUID(), clock.instant(),
                cashier == null ? null : cashier.cashierId(), reason,
                journal.shifts().current().map(s -> s.shiftId()).orElse(null)));
    }

    private String said(ReceiptOutput.Outcome outcome) {
        return outcome instanceof ReceiptOutput.NotPrinted failed
                ? words.say("drawer.notOpened", words.refusal(failed.reason()))
                : outcome instanceof ReceiptOutput.NoPrinter ? words.say("drawer.noPrinter")
                : words.say("drawer.opened");
    }
}
