package dev.regulars.pos.shift;

import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.ShiftRecord;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.JournalledSale;
import dev.regulars.pos.journal.ShiftBook.OpenShift;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Opens and closes the till's shift and makes its X and Z reports from the journal. */
public final class ShiftDesk {

    private final Journal journal;
    private final Clock clock;
    private final String currency;

    public ShiftDesk(Journal journal, Clock clock, String currency) {
        this.journal = journal;
        this.clock = clock;
        this.currency = currency;
    }

    public Optional<OpenShift> current() {
        return journal.shifts().current();
    }

    /**
     * @param openingCashMinor the cash counted into the drawer, &gt;= 0
     * @throws IllegalStateException when a shift is open already
     * @throws IllegalArgumentException for negative cash
     */
    public OpenShift open(CashierRecord cashier, long openingCashMinor) {
        if (openingCashMinor < 0) {
            throw new IllegalArgumentException("The opening cash cannot be negative");
        }
        return journal.shifts().open(clock.instant(), cashier == null ? null : cashier.cashierId(),
                openingCashMinor);
    }

    /** The open shift's sales, oldest first (for the shift's list: reprints and refunds). */
    public List<JournalledSale> sales() {
        return current().map(s -> journal.salesAfter(s.afterSale())).orElse(List.of());
    }

    /**
     * The X report: the open shift's figures now; nothing closes (counted cash 0, not shown).
     *
     * @throws IllegalStateException when no shift is open
     */
    public ShiftRecord xReport(CashierRecord asker) {
        OpenShift shift = open();
        return record(shift, asker, 0);
    }

    /**
     * The Z report: closes the shift with the cash counted, journals and chains it (the result carries the chain's
     * head, for the paper); it syncs with the next round.
     *
     * @throws IllegalStateException when no shift is open
     */
    public ShiftRecord close(CashierRecord closer, long countedCashMinor) {
        if (countedCashMinor < 0) {
            throw new IllegalArgumentException("The counted cash cannot be negative");
        }
        return journal.shifts().close(record(open(), closer, countedCashMinor));
    }

    private OpenShift open() {
        return current().orElseThrow(() -> new IllegalStateException("No shift is open"));
    }

    private ShiftRecord record(OpenShift shift, CashierRecord by, long counted) {
        Map<UUID, String> names = new HashMap<>();
        journal.cashiers().forEach(c -> names.put(c.cashierId(), c.name()));
        ShiftRecord.ShiftFigures figures = ShiftTotals.of(journal.salesAfter(shift.afterSale()),
                journal.refunds().after(shift.afterRefund()), shift.openingCashMinor(), names, journal::sale)
                .withNoSales(journal.drawer().noSales(shift.shiftId()));
        return new ShiftRecord(shift.shiftId(), currency, shift.openedAt(), shift.openedBy(),
                shift.openingCashMinor(), clock.instant(), by == null ? null : by.cashierId(), counted, figures);
    }
}
