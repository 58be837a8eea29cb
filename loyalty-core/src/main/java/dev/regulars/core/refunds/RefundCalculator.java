package dev.regulars.core.refunds;

import dev.regulars.core.money.Rounding;
import dev.regulars.core.pricing.PricedCheck;

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

    /** {@code total * part / whole}, rounded half-up; exactly {@code total} when the part is the whole. */
    private static long share(long total, long part, long whole) {
        if (part == whole) {
            return total;
        }
        return Rounding.halfUp(Math.multiplyExact(total, part), whole);
    }
}
