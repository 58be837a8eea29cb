package dev.regulars.pos.receipt;

import dev.regulars.core.feedback.ReceiptToken;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.pos.sale.CompletedSale;
import java.util.Currency;
import java.util.List;

/** Makes the receipt of a sale from what the journal holds of it. */
public final class Receipts {

    private Receipts() {
    }

    /**
     * @param number  the receipt number at this till
     * @param cashier the cashier's name; null when unknown
     */
    public static Receipt ofSale(CompletedSale sale, ReceiptStore store, String number, String tillName,
                                 String cashier) {
        SaleRecord record = sale.record();
        PricedCheck priced = sale.priced();
        List<Receipt.Line> lines = record.lines().stream().map(SaleLineRecord::toCheckLine).map(Receipts::line)
                .toList();
        Receipt.Totals totals = new Receipt.Totals(priced.subtotalMinor(), priced.checkDiscountMinor(),
                priced.referralDiscountMinor(), priced.redeemDiscountMinor(), priced.dueMinor());
        List<Receipt.Payment> payments = record.payments().stream()
                .map(p -> new Receipt.Payment(p.method(), p.amountMinor(), p.tenderedMinor())).toList();
        Receipt.Loyalty loyalty = record.customer() == null && record.enrollment() == null ? null
                : new Receipt.Loyalty(sale.customerName(), priced.pointsRedeemed(), priced.pointsEarned(),
                sale.welcomeBonus(), sale.balanceAfter());
        String ratingUrl = store.publicUrl() == null ? null
                : store.publicUrl() + "/r/" + ReceiptToken.of(record.saleId());
        return new Receipt(Receipt.Kind.SALE, store, number, record.rungUpAt().atZone(store.zone()), tillName,
                cashier, Currency.getInstance(record.currency()), lines, totals, priced.vat(), payments, loyalty,
                ratingUrl, false);
    }

    private static Receipt.Line line(CheckLine line) {
        return new Receipt.Line(line.name(), line.quantity(), line.unitTotalMinor(),
                line.modifiers().stream().map(m -> new Receipt.ModifierLine(m.label(), m.priceDeltaMinor())).toList(),
                line.discountMinor(), line.totalMinor(), line.vatRate());
    }
}
