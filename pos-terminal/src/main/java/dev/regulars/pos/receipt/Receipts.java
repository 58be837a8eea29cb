package dev.regulars.pos.receipt;

import dev.regulars.core.feedback.ReceiptToken;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.pricing.VatBreakdown;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.pos.journal.JournalledSale;
import dev.regulars.pos.sale.CompletedSale;
import java.util.Currency;
import java.util.List;

/** Makes the receipt of a sale from what the journal holds of it. */
public final class Receipts {

    private Receipts() {
    }

    /** The receipt of a sale just journalled. */
    public static Receipt ofSale(CompletedSale sale) {
        if (sale.receiptFacts() == null) {
            throw new IllegalArgumentException("the sale was not journalled with its receipt facts");
        }
        return of(sale.record(), sale.priced(), sale.receiptNumber(), sale.receiptFacts());
    }

    /**
     * The receipt of a sale with these facts.
     *
     * @param number  the receipt number at this till
     * @param cashier the cashier's name; null when unknown
     */
    public static Receipt ofSale(CompletedSale sale, ReceiptStore store, String number, String tillName,
                                 String cashier) {
        return of(sale.record(), sale.priced(), number, new ReceiptFacts(store, tillName, cashier,
                sale.customerName(), sale.welcomeBonus(), sale.balanceAfter()));
    }

    /**
     * A reprint of a journalled sale, marked as a copy: the figures as the till printed them (the record's own),
     * VAT worked out again by the same code.
     *
     * @param fallback the store and till to show for a sale journalled before receipts kept their facts
     */
    public static Receipt reprint(JournalledSale sale, ReceiptFacts fallback) {
        SaleRecord record = sale.record();
        SaleRecord.TillFigures figures = record.tillFigures();
        List<CheckLine> lines = record.lines().stream().map(SaleLineRecord::toCheckLine).toList();
        long lineDiscounts = lines.stream().mapToLong(CheckLine::discountMinor).sum();
        PricedCheck priced = new PricedCheck(figures.subtotalMinor(), figures.referralDiscountMinor(),
                record.pointsRedeemed(), figures.redeemDiscountMinor(), figures.dueMinor(), figures.pointsEarned(),
                null, figures.checkDiscountMinor(), lineDiscounts,
                VatBreakdown.of(lines, figures.subtotalMinor() - figures.dueMinor()));
        ReceiptFacts facts = sale.receiptFacts() == null ? fallback : ReceiptFacts.fromJson(sale.receiptFacts());
        return of(record, priced, sale.number(), facts).asCopy();
    }

    /**
     * The receipt of a refund: the lines and quantities that went back at what they cost on the sale, the money
     * given back and how, the points moved; numbered after the sale ("000123-R1" for its first refund).
     *
     * @param refundNo the refund's place among the sale's refunds, from 1
     * @param facts    the store and till as now, and who gave the money back
     */
    public static Receipt ofRefund(JournalledSale sale, dev.regulars.core.sync.RefundRecord refund, int refundNo,
                                   ReceiptFacts facts) {
        SaleRecord record = sale.record();
        List<Receipt.Line> lines = new java.util.ArrayList<>();
        for (var back : refund.lines()) {
            CheckLine sold = record.lines().get(back.lineNo() - 1).toCheckLine();
            long value = dev.regulars.core.refunds.RefundCalculator.lineValue(sold.totalMinor(), sold.quantity(), 0,
                    back.quantity());
            lines.add(new Receipt.Line(sold.name(), back.quantity(), sold.unitTotalMinor(),
                    sold.modifiers().stream().map(m -> new Receipt.ModifierLine(m.label(), m.priceDeltaMinor()))
                            .toList(), Math.multiplyExact(sold.unitTotalMinor(), (long) back.quantity()) - value,
                    value, sold.vatRate()));
        }
        long moneyBack = refund.tillFigures() == null ? 0 : refund.tillFigures().moneyBackMinor();
        long linesValue = lines.stream().mapToLong(Receipt.Line::totalMinor).sum();
        // the sale's discounts on the whole check stay with what was kept: they come off what goes back
        Receipt.Totals totals = new Receipt.Totals(linesValue, linesValue - moneyBack, 0, 0, moneyBack);
        List<Receipt.Payment> payments = refund.moneyBackBy().stream()
                .map(p -> new Receipt.Payment(p.method(), p.amountMinor(), p.amountMinor())).toList();
        Receipt.Loyalty loyalty = record.customer() == null && record.enrollment() == null
                || refund.tillFigures() == null ? null
                : new Receipt.Loyalty(facts.customerName(), refund.tillFigures().pointsRedeemedReturned(),
                refund.tillFigures().pointsEarnedTakenBack(), 0, null);
        return new Receipt(Receipt.Kind.REFUND, facts.store(), number(sale.number()) + "-R" + refundNo,
                refund.refundedAt().atZone(facts.store().zone()), facts.tillName(), facts.cashierName(),
                Currency.getInstance(record.currency()), lines, totals,
                dev.regulars.core.refunds.RefundCalculator.refundVat(record, refund), payments, loyalty, null, false);
    }

    static Receipt of(SaleRecord record, PricedCheck priced, long number, ReceiptFacts facts) {
        return of(record, priced, number(number), facts);
    }

    /** Receipt numbers print with six digits at least: 000123. */
    public static String number(long number) {
        return String.format("%06d", number);
    }

    private static Receipt of(SaleRecord record, PricedCheck priced, String number, ReceiptFacts facts) {
        ReceiptStore store = facts.store();
        List<Receipt.Line> lines = record.lines().stream().map(SaleLineRecord::toCheckLine).map(Receipts::line)
                .toList();
        Receipt.Totals totals = new Receipt.Totals(priced.subtotalMinor(), priced.checkDiscountMinor(),
                priced.referralDiscountMinor(), priced.redeemDiscountMinor(), priced.dueMinor());
        List<Receipt.Payment> payments = record.payments().stream()
                .map(p -> new Receipt.Payment(p.method(), p.amountMinor(), p.tenderedMinor())).toList();
        Receipt.Loyalty loyalty = record.customer() == null && record.enrollment() == null ? null
                : new Receipt.Loyalty(facts.customerName(), priced.pointsRedeemed(), priced.pointsEarned(),
                facts.welcomeBonus(), facts.balanceAfter());
        String ratingUrl = store.publicUrl() == null ? null
                : store.publicUrl() + "/r/" + ReceiptToken.of(record.saleId());
        return new Receipt(Receipt.Kind.SALE, store, number, record.rungUpAt().atZone(store.zone()),
                facts.tillName(), facts.cashierName(), Currency.getInstance(record.currency()), lines, totals,
                priced.vat(), payments, loyalty, ratingUrl, false);
    }

    private static Receipt.Line line(CheckLine line) {
        return new Receipt.Line(line.name(), line.quantity(), line.unitTotalMinor(),
                line.modifiers().stream().map(m -> new Receipt.ModifierLine(m.label(), m.priceDeltaMinor())).toList(),
                line.discountMinor(), line.totalMinor(), line.vatRate());
    }
}
