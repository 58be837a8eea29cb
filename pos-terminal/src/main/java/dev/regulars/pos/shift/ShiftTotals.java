package dev.regulars.pos.shift;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.VatAmount;
import dev.regulars.core.pricing.VatBreakdown;
import dev.regulars.core.refunds.RefundCalculator;
import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import dev.regulars.core.sync.RefundRecord;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.core.sync.ShiftRecord.CashierLine;
import dev.regulars.core.sync.ShiftRecord.ShiftFigures;
import dev.regulars.core.sync.ShiftRecord.VatLine;
import dev.regulars.pos.journal.JournalledSale;
import dev.regulars.pos.receipt.ReceiptFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Adds up a shift from its sales and refunds, in minor units and points. Cash counts what stayed in the drawer
 * (a cash payment's amount, not what was handed over); the drawer should hold the opening cash plus cash taken
 * minus cash given back. The drawer's openings without a sale are not in the sales: {@link ShiftDesk} adds them.
 */
public final class ShiftTotals {

    private ShiftTotals() {
    }

    /** The figures when every refunded sale is among {@code sales} (or its refunds' VAT need not count). */
    public static ShiftFigures of(List<JournalledSale> sales, List<RefundRecord> refunds, long openingCashMinor,
                                  Map<UUID, String> names) {
        Map<UUID, JournalledSale> byId = new HashMap<>();
        sales.forEach(s -> byId.put(s.record().saleId(), s));
        return of(sales, refunds, openingCashMinor, names, id -> Optional.ofNullable(byId.get(id)));
    }

    /**
     * VAT is reported on the net takings per rate: each rate's sales less its refunds (a refund's VAT by the
     * refunded lines' rates, {@link RefundCalculator#refundVat}), one line per rate as the VAT return wants it;
     * a refund of a sale of an earlier shift lowers this shift's VAT, as it lowers its takings.
     *
     * @param names  the cashiers' names by id (a cashier no longer on the till shows without a name)
     * @param saleOf the journal's sale of a refund; empty for one the journal lost (its VAT is then not taken off)
     */
    public static ShiftFigures of(List<JournalledSale> sales, List<RefundRecord> refunds, long openingCashMinor,
                                  Map<UUID, String> names, Function<UUID, Optional<JournalledSale>> saleOf) {
        long takings = 0;
        long cash = 0;
        long card = 0;
        long cashierDiscounts = 0;
        long referral = 0;
        long points = 0;
        long earned = 0;
        long redeemed = 0;
        TreeMap<Integer, long[]> vat = new TreeMap<>();
        Map<UUID, int[]> byCashier = new LinkedHashMap<>();
        for (JournalledSale journalled : sales) {
            SaleRecord sale = journalled.record();
            SaleRecord.TillFigures figures = sale.tillFigures();
            takings += figures.dueMinor();
            for (PaymentRecord payment : sale.payments()) {
                if (payment.method() == PaymentMethod.CASH) {
                    cash += payment.amountMinor();
                } else {
                    card += payment.amountMinor();
                }
            }
            List<CheckLine> lines = sale.lines().stream().map(SaleLineRecord::toCheckLine).toList();
            cashierDiscounts += figures.checkDiscountMinor() + lines.stream().mapToLong(CheckLine::discountMinor).sum();
            referral += figures.referralDiscountMinor();
            points += figures.redeemDiscountMinor();
            redeemed += sale.pointsRedeemed();
            earned += figures.pointsEarned() + welcome(journalled);
            for (VatAmount amount : VatBreakdown.of(lines, figures.subtotalMinor() - figures.dueMinor())) {
                long[] sums = vat.computeIfAbsent(amount.rate().value(), r -> new long[2]);
                sums[0] += amount.grossMinor();
                sums[1] += amount.vatMinor();
            }
            int[] counts = byCashier.computeIfAbsent(sale.cashierId(), id -> new int[3]);
            counts[0]++;
            counts[1] += sale.customer() != null || sale.enrollment() != null ? 1 : 0;
            counts[2] += sale.enrollment() != null ? 1 : 0;
        }
        long refundedCash = 0;
        long refundedCard = 0;
        for (RefundRecord refund : refunds) {
            var sold = saleOf.apply(refund.saleId());
            for (VatAmount amount : sold.isEmpty() ? List.<VatAmount>of()
                    : RefundCalculator.refundVat(sold.get().record(), refund)) {
                long[] sums = vat.computeIfAbsent(amount.rate().value(), r -> new long[2]);
                sums[0] -= amount.grossMinor();
                sums[1] -= amount.vatMinor();
            }
            // a refund of a sale paid part cash, part card gives back some of each
            for (RefundRecord.PaidBack part : refund.moneyBackBy()) {
                if (part.method() == PaymentMethod.CARD) {
                    refundedCard += part.amountMinor();
                } else {
                    refundedCash += part.amountMinor();
                }
            }
        }
        List<VatLine> vatLines = new ArrayList<>();
        vat.forEach((rate, sums) -> vatLines.add(new VatLine(rate, sums[0], sums[1])));
        List<CashierLine> cashiers = new ArrayList<>();
        byCashier.forEach((id, c) -> cashiers.add(new CashierLine(id, id == null ? null
                : Objects.requireNonNullElse(names.get(id), null), c[0], c[1], c[2])));
        return new ShiftFigures(sales.size(), refunds.size(), takings, cash, card, refundedCash, refundedCard,
                cashierDiscounts, referral, points, earned, redeemed, openingCashMinor + cash - refundedCash,
                vatLines, cashiers, 0);
    }

    private static long welcome(JournalledSale sale) {
        if (sale.receiptFacts() == null) {
            return 0;
        }
        return ReceiptFacts.fromJson(sale.receiptFacts()).welcomeBonus();
    }
}
