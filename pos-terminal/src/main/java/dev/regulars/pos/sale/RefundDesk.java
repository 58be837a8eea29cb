package dev.regulars.pos.sale;

import dev.regulars.core.feedback.ReceiptToken;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.refunds.RefundCalculator;
import dev.regulars.core.refunds.RefundShare;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import dev.regulars.core.sync.RefundRecord;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.core.words.KeyedRefusal;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.JournalledSale;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Refunds and voids of sales made at this till: the sale found by its receipt's QR code (the rating link carries
 * the sale's id), its receipt number, or from the shift's list; what goes back worked out by loyalty-core's
 * RefundCalculator (the line's total in proportion, then the sale's money and points in proportion), journalled
 * and chained before the money leaves the drawer, and synced like sales. A void is the refund of every line.
 */
public final class RefundDesk {

    private final Journal journal;
    private final Clock clock;

    public RefundDesk(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** The till's clock, which dates refunds. */
    public Clock clock() {
        return clock;
    }

    /** A line of a sale and how many of it may still go back. */
    public record RefundableLine(int lineNo, String name, int sold, int left, long lineTotalMinor) {
    }

    /**
     * The sale a scanned or typed text names: the receipt's QR (…/r/TOKEN), its token, the sale's id, or the
     * receipt number ("123" or "000123").
     */
    public Optional<JournalledSale> find(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 12) {
            return journal.saleNumbered(Long.parseLong(text));
        }
        String token = text.contains("/r/") ? text.substring(text.lastIndexOf("/r/") + 3) : text;
        Optional<UUID> id = ReceiptToken.saleId(token);
        if (id.isEmpty()) {
            try {
                id = Optional.of(UUID.fromString(text));
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        }
        return journal.sale(id.get());
    }

    public List<RefundableLine> refundable(JournalledSale sale) {
        return refundable(sale, refundedBefore(journal.refunds().ofSale(sale.record().saleId())));
    }

    private static List<RefundableLine> refundable(JournalledSale sale, Map<Integer, Integer> back) {
        List<RefundableLine> lines = new ArrayList<>();
        List<SaleLineRecord> sold = sale.record().lines();
        for (int i = 0; i < sold.size(); i++) {
            CheckLine line = sold.get(i).toCheckLine();
            lines.add(new RefundableLine(i + 1, line.name(), line.quantity(),
                    line.quantity() - back.getOrDefault(i + 1, 0), line.totalMinor()));
        }
        return lines;
    }

    /**
     * What a refund of these quantities gives back, before it is made: the figures, and the money by method
     * ({@link RefundSplit}: the way the sale was paid).
     *
     * @param lines   the sale's lines and how many of each go back
     * @param figures money and points moved
     * @param paidBack the money back by method, largest first; empty when no money goes back
     */
    public record Preview(List<RefundRecord.Line> lines, RefundRecord.RefundFigures figures,
                          List<RefundRecord.PaidBack> paidBack) {
    }

    /**
     * What a refund of these quantities (line number, from 1, to how many go back) would give back.
     *
     * @param fallback how money goes back for a sale without recorded payments
     * @throws KeyedRefusal ("refund.nothing", "refund.tooMany") with words for the cashier
     */
    public Preview preview(JournalledSale sale, Map<Integer, Integer> quantities, PaymentMethod fallback) {
        List<RefundRecord> earlier = journal.refunds().ofSale(sale.record().saleId());
        Map<Integer, Integer> before = refundedBefore(earlier);
        List<RefundRecord.Line> back = new ArrayList<>();
        long valueBefore = 0;
        long valueNow = 0;
        for (RefundableLine line : refundable(sale, before)) {
            int quantity = quantities.getOrDefault(line.lineNo(), 0);
            int previous = before.getOrDefault(line.lineNo(), 0);
            valueBefore += RefundCalculator.lineValue(line.lineTotalMinor(), line.sold(), 0, previous);
            if (quantity == 0) {
                continue;
            }
            if (quantity < 0 || quantity > line.left()) {
                throw new KeyedRefusal(line.name() + ": " + quantity + " to refund but only " + line.left()
                        + " left", "refund.tooMany", line.name(), quantity, line.left());
            }
            valueNow += RefundCalculator.lineValue(line.lineTotalMinor(), line.sold(), previous, quantity);
            back.add(new RefundRecord.Line(line.lineNo(), quantity));
        }
        if (back.isEmpty()) {
            throw new KeyedRefusal("Choose what goes back", "refund.nothing");
        }
        RefundShare share = new RefundCalculator().reverse(priced(sale.record()), valueBefore, valueNow);
        return new Preview(back, new RefundRecord.RefundFigures(share.moneyBackMinor(),
                share.pointsEarnedTakenBack(), share.pointsRedeemedReturned()),
                RefundSplit.of(sale.record().payments(), earlier, share.moneyBackMinor(), fallback));
    }

    /**
     * Journals a refund of these quantities (line number, from 1, to how many go back); the money goes back the
     * way the sale was paid ({@link #preview}).
     *
     * @param fallback how money goes back for a sale without recorded payments
     * @param manager  whose PIN allowed it
     * @throws KeyedRefusal ("refund.nothing", "refund.tooMany") with words for the cashier
     */
    public RefundRecord refund(JournalledSale sale, Map<Integer, Integer> quantities, PaymentMethod fallback,
                               CashierRecord cashier, CashierRecord manager) {
        Preview preview = preview(sale, quantities, fallback);
        PaymentMethod main = preview.paidBack().isEmpty() ? fallback : preview.paidBack().get(0).method();
        RefundRecord refund = new RefundRecord(UUID.randomUUID(), sale.record().saleId(), clock.instant(),
                preview.lines(), preview.figures(), main, cashier == null ? null : cashier.cashierId(),
                manager == null ? null : manager.cashierId(), preview.paidBack());
        journal.refunds().record(refund);
        return refund;
    }

    /** Every line that is left: a void. */
    public Map<Integer, Integer> everything(JournalledSale sale) {
        Map<Integer, Integer> all = new HashMap<>();
        refundable(sale).forEach(l -> all.put(l.lineNo(), l.left()));
        return all;
    }

    private static Map<Integer, Integer> refundedBefore(List<RefundRecord> earlier) {
        Map<Integer, Integer> back = new HashMap<>();
        earlier.forEach(r -> r.lines().forEach(l -> back.merge(l.lineNo(), l.quantity(), Integer::sum)));
        return back;
    }

    /** The sale's figures as the till charged them. */
    static PricedCheck priced(SaleRecord sale) {
        SaleRecord.TillFigures f = sale.tillFigures();
        return new PricedCheck(f.subtotalMinor(), f.referralDiscountMinor(), sale.pointsRedeemed(),
                f.redeemDiscountMinor(), f.dueMinor(), f.pointsEarned(), null);
    }
}
