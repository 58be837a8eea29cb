package dev.regulars.core.pricing;

import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.rules.Tier;
import java.util.List;

/**
 * Prices a check under a program's rules. The till calls it to print the receipt and the server calls it again
 * on every synced sale; both must get the same answer from the same inputs, so this is the only implementation.
 *
 * <p>Order: the referral discount comes off first; points may then pay up to the rules' share of what is left
 * (if the check and the balance reach their minimums); points are earned, at the customer's tier rate, on what
 * is paid with money.
 */
public final class CheckPricer {

    public PricedCheck price(CheckRequest request, ProgramRules rules) {
        long subtotal = 0;
        for (CheckLine line : request.lines()) {
            subtotal = Math.addExact(subtotal, line.totalMinor());
        }
        if (!request.hasCustomer()) {
            return new PricedCheck(subtotal, 0, 0, 0, subtotal, 0, null);
        }
        long referral = request.referralFirstPurchase() ? rules.referral().friendDiscount().of(subtotal) : 0;
        long check = subtotal - referral;
        long redeemed = 0;
        if (check >= rules.minCheckToRedeemMinor() && request.pointsAvailable() >= rules.minBalanceToRedeem()) {
            long pointsByCap = rules.maxRedeemShare().of(check) / rules.pointValueMinor();
            redeemed = Math.max(0, Math.min(request.pointsWanted(), Math.min(request.pointsAvailable(), pointsByCap)));
        }
        long redeemDiscount = Math.multiplyExact(redeemed, rules.pointValueMinor());
        long due = check - redeemDiscount;
        Tier tier = rules.tierNamed(request.tierName());
        return new PricedCheck(subtotal, referral, redeemed, redeemDiscount, due, tier.earnRate().of(due),
                tier.name());
    }

    /** A member of the entry tier, no referral: the common case, and the one the first tests were written for. */
    public PricedCheck price(List<CheckLine> lines, long pointsWanted, long pointsAvailable, ProgramRules rules) {
        return price(new CheckRequest(lines, rules.entryTier().name(), pointsWanted, pointsAvailable, false), rules);
    }

    /** The most points this check lets the customer redeem from this balance. */
    public long redeemablePoints(List<CheckLine> lines, long pointsAvailable, ProgramRules rules) {
        return price(lines, Long.MAX_VALUE, pointsAvailable, rules).pointsRedeemed();
    }
}
