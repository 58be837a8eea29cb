package dev.regulars.core.refunds;

import dev.regulars.core.money.Rounding;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.pricing.VatAmount;
import dev.regulars.core.pricing.VatBreakdown;
import dev.regulars.core.sync.RefundRecord;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reverses what a sale earned, redeemed and discounted, in proportion to the value of the lines refunded.
 *
 * <p>Each figure is computed cumulatively: the share for "everything refunded so far, including this refund"
 * minus the share for "everything refunded before". Rounding therefore never leaks: however a sale is refunded
 * in parts, the parts add up to exactly the whole, and refunding every line reverses the sale exactly.
 */
public final class RefundCalculator {

    /**
     * @param sale                     the sale as the server priced it
     * @param alreadyRefundedSubtotal  the value (at sale prices) of the lines refunded before
     * @param refundNowSubtotal        the value of the lines refunded now
     */
    public RefundShare reverse(PricedCheck sale, long alreadyRefundedSubtotal, long refundNowSubtotal) {
        long subtotal = sale.subtotalMinor();
        if (alreadyRefundedSubtotal < 0 || refundNowSubtotal <= 0) {
            throw new IllegalArgumentException("a refund returns something, and refunds so far are not negative");
        }
        if (Math.addExact(alreadyRefundedSubtotal, refundNowSubtotal) > subtotal) {
            throw new IllegalArgumentException("refunds would return more than the sale: " + subtotal
                    + " sold, " + alreadyRefundedSubtotal + " refunded before, " + refundNowSubtotal + " now");
        }
        long after = alreadyRefundedSubtotal + refundNowSubtotal;
        return new RefundShare(
                share(sale.dueMinor(), after, subtotal) - share(sale.dueMinor(), alreadyRefundedSubtotal, subtotal),
                share(sale.pointsEarned(), after, subtotal)
                        - share(sale.pointsEarned(), alreadyRefundedSubtotal, subtotal),
                share(sale.pointsRedeemed(), after, subtotal)
                        - share(sale.pointsRedeemed(), alreadyRefundedSubtotal, subtotal),
                share(sale.referralDiscountMinor(), after, subtotal)
                        - share(sale.referralDiscountMinor(), alreadyRefundedSubtotal, subtotal));
    }

    /**
     * As {@link #reverse(PricedCheck, long, long)}, for a sale some of whose earned points already expired: expiry
     * took those, so refunds do not take them back a second time. Cumulative like the rest: however the sale is
     * refunded in parts, the earned points taken back add up to what the sale earned less what expired of it.
     *
     * @param earnedTakenBackBefore earned points the earlier refunds of the sale took back
     * @param expiredOfSale         points the sale earned that reached their expiry (PointExpiry.expiredOfLot)
     */
    public RefundShare reverse(PricedCheck sale, long alreadyRefundedSubtotal, long refundNowSubtotal,
                               long earnedTakenBackBefore, long expiredOfSale) {
        RefundShare plain = reverse(sale, alreadyRefundedSubtotal, refundNowSubtotal);
        long after = alreadyRefundedSubtotal + refundNowSubtotal;
        long stillThere = Math.max(0, share(sale.pointsEarned(), after, sale.subtotalMinor()) - expiredOfSale);
        long takeBack = Math.max(0, Math.min(plain.pointsEarnedTakenBack(), stillThere - earnedTakenBackBefore));
        return new RefundShare(plain.moneyBackMinor(), takeBack, plain.pointsRedeemedReturned(),
                plain.referralDiscountReversedMinor());
    }

    /**
     * The value of {@code returningNow} units of a sold line, after {@code returnedBefore} went back earlier: the
     * line's total (after its modifiers and discount) in proportion, cumulative like the rest, so that returning
     * every unit, in any parts, gives back exactly the line's total.
     *
     * @param lineTotalMinor what the line cost on the check, minor units
     * @param quantity       units sold on the line, &gt; 0
     * @throws IllegalArgumentException when more units would go back than were sold
     */
    public static long lineValue(long lineTotalMinor, int quantity, int returnedBefore, int returningNow) {
        if (quantity <= 0 || returnedBefore < 0 || returningNow < 0 || returnedBefore + returningNow > quantity) {
            throw new IllegalArgumentException(returningNow + " to return after " + returnedBefore + " of "
                    + quantity + " sold");
        }
        return share(lineTotalMinor, returnedBefore + returningNow, quantity)
                - share(lineTotalMinor, returnedBefore, quantity);
    }

    /**
     * VAT per rate of a refund, VAT included: each returned line at its {@link #lineValue} (as the refund's receipt
     * prints it) at the sold line's rate, less what the sale's whole-check discounts keep back ({@code lines' value
     * - moneyBack}), shared over the lines by {@link VatBreakdown}. The VAT given back is what the sale's VAT is
     * reduced by (Council Directive 2006/112/EC, art. 90: a refund reduces the taxable amount).
     *
     * @param sold       the sale's lines, in order (line numbers are 1-based)
     * @param returning  units going back by line number
     * @param moneyBack  the money given back, minor units; more than the lines' value counts as their value
     * @return one amount per rate, lowest first; its gross amounts add up to the money back
     * @throws IllegalArgumentException when a line number is not on the sale or more units go back than were sold
     */
    public static List<VatAmount> refundVat(List<CheckLine> sold, Map<Integer, Integer> returning, long moneyBack) {
        List<CheckLine> back = new ArrayList<>();
        long value = 0;
        for (var entry : new java.util.TreeMap<>(returning).entrySet()) {
            if (entry.getKey() < 1 || entry.getKey() > sold.size()) {
                throw new IllegalArgumentException("no line " + entry.getKey() + " on the sale");
            }
            CheckLine line = sold.get(entry.getKey() - 1);
            long lineBack = lineValue(line.totalMinor(), line.quantity(), 0, entry.getValue());
            // one unit at the value going back keeps the line's rate and nothing else of its pricing
            back.add(new CheckLine(line.sku(), line.name(), 1, lineBack, List.of(), line.vatRate(),
                    dev.regulars.core.rules.Discount.NONE));
            value += lineBack;
        }
        return VatBreakdown.of(back, Math.max(0, value - moneyBack));
    }

    /**
     * VAT per rate of a refund as the till recorded it: {@link #refundVat(List, Map, long)} of the sale's lines,
     * the refund's lines (a line named twice counts once with both quantities) and its money back; empty when no
     * money went back or the till did not compute it.
     */
    public static List<VatAmount> refundVat(SaleRecord sale, RefundRecord refund) {
        long back = refund.tillFigures() == null ? 0 : refund.tillFigures().moneyBackMinor();
        if (back <= 0) {
            return List.of();
        }
        Map<Integer, Integer> returning = new java.util.HashMap<>();
        refund.lines().forEach(l -> returning.merge(l.lineNo(), l.quantity(), Integer::sum));
        return refundVat(sale.lines().stream().map(SaleLineRecord::toCheckLine).toList(), returning, back);
    }

    /** {@code total * part / whole}, rounded half-up; exactly {@code total} when the part is the whole. */
    private static long share(long total, long part, long whole) {
        if (part == whole) {
            return total;
        }
        return Rounding.halfUp(Math.multiplyExact(total, part), whole);
    }
}
