package dev.regulars.pos.receipt;

import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.RefundRecord;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.JournalledSale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The receipts of this till's journal, sales' and refunds', made again as copies (marked COPY): the last one for
 * "Reprint last" (read from the journal, so it survives a logout and a restart) and those of a shift for its list.
 * Nothing here is remembered in memory.
 */
public final class ReceiptJournal {

    /**
     * A receipt of the journal: a sale's, or one of its refunds.
     *
     * @param refund   null for the sale's own receipt
     * @param refundNo the refund's place among the sale's refunds, from 1; 0 for the sale's receipt
     */
    public record Entry(JournalledSale sale, RefundRecord refund, int refundNo) {

        public boolean isRefund() {
            return refund != null;
        }

        /** The receipt's number as printed: 000123, or 000123-R1 for the sale's first refund. */
        public String number() {
            String sale = Receipts.number(this.sale.number());
            return isRefund() ? sale + "-R" + refundNo : sale;
        }

        /** When it was rung up or given back. */
        public Instant at() {
            return isRefund() ? refund.refundedAt() : sale.record().rungUpAt();
        }
    }

    private final Journal journal;
    private final Supplier<ReceiptFacts> now;

    /**
     * @param now the store and till as they are now (no cashier): what a refund's copy shows (refunds do not keep
     *            their receipt's facts) and a sale journalled before sales kept theirs
     */
    public ReceiptJournal(Journal journal, Supplier<ReceiptFacts> now) {
        this.journal = journal;
        this.now = now;
    }

    /** The till's newest receipt, a sale's or a refund's; empty before the first sale. */
    public Optional<Entry> last() {
        return journal.lastReceipt().flatMap(last -> last.refund()
                ? journal.refunds().byId(last.id()).flatMap(this::entry)
                : journal.sale(last.id()).map(sale -> new Entry(sale, null, 0)));
    }

    /** The receipts of the sales and refunds journalled after these numbers (a shift's), oldest first. */
    public List<Entry> after(long afterSale, long afterRefund) {
        List<Entry> entries = new ArrayList<>();
        journal.salesAfter(afterSale).forEach(sale -> entries.add(new Entry(sale, null, 0)));
        journal.refunds().after(afterRefund).forEach(refund -> entry(refund).ifPresent(entries::add));
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

    /** A refund with its sale and its place among the sale's refunds; empty when its sale is not in the journal. */
    private Optional<Entry> entry(RefundRecord refund) {
        return journal.sale(refund.saleId()).map(sale -> {
            List<UUID> ofSale = journal.refunds().ofSale(refund.saleId()).stream().map(RefundRecord::refundId)
                    .toList();
            return new Entry(sale, refund, ofSale.indexOf(refund.refundId()) + 1);
        });
    }

    /** The receipt again, marked COPY: a sale's with the facts it was printed with, a refund's with its cashier. */
    public Receipt copy(Entry entry) {
        ReceiptFacts facts = now.get();
        if (!entry.isRefund()) {
            return Receipts.reprint(entry.sale(), facts);
        }
        String cashier = entry.refund().cashierId() == null ? null : journal.cashiers().stream()
                .filter(c -> c.cashierId().equals(entry.refund().cashierId())).map(CashierRecord::name)
                .findFirst().orElse(null);
        // as the refund's receipt was made: the store and till as now, the cashier who gave the money back
        ReceiptFacts refundFacts = new ReceiptFacts(facts.store(), facts.tillName(), cashier, null, 0, null);
        return Receipts.ofRefund(entry.sale(), entry.refund(), entry.refundNo(), refundFacts).asCopy();
    }
}
