package dev.regulars.core.pricing;

import dev.regulars.core.rules.ProgramRules;
import java.util.List;

/**
 * Prices a check under a program's rules. The till calls it to print the receipt and the server calls it again
 * on every synced sale; both must get the same answer from the same inputs, so this is the only implementation.
 */
public final class CheckPricer {

    /**
     * @param lines           what was rung up
     * @param pointsWanted    what the customer asked to redeem (0 for none)
     * @param pointsAvailable the balance the redemption may draw on (the cached one, at an offline till)
     * @param rules           the rules version the sale is rung up under
     */
    public PricedCheck price(List<CheckLine> lines, long pointsWanted, long pointsAvailable, ProgramRules rules) {
        if (pointsWanted < 0) {
            throw new IllegalArgumentException("points to redeem must not be negative");
        }
        long subtotal = 0;
        for (CheckLine line : lines) {
            subtotal = Math.addExact(subtotal, line.totalMinor());
        }
        long redeemCapMinor = rules.maxRedeemShare().of(subtotal);
        long pointsByCap = redeemCapMinor / rules.pointValueMinor();
        long pointsRedeemed = Math.max(0, Math.min(pointsWanted, Math.min(pointsAvailable, pointsByCap)));
        long discount = Math.multiplyExact(pointsRedeemed, rules.pointValueMinor());
        long due = subtotal - discount;
        long earned = rules.earnRate().of(due);
        return new PricedCheck(subtotal, pointsRedeemed, discount, due, earned);
    }

    /** The most points this check lets the customer redeem from this balance. */
    public long redeemablePoints(List<CheckLine> lines, long pointsAvailable, ProgramRules rules) {
        return price(lines, Long.MAX_VALUE, pointsAvailable, rules).pointsRedeemed();
    }
}
