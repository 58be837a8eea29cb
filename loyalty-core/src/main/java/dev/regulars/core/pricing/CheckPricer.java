package dev.regulars.core.pricing;

import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.rules.Tier;
import java.util.List;

/**
 * Prices a check under a program's rules. The till calls it to print the receipt and the server calls it again
 * on every synced sale; both must get the same answer from the same inputs, so this is the only implementation.
 *
 * <p>Order: each line's price with its modifiers, less the line's discount, makes the subtotal; the cashier's
 * discount on the check comes off first, then the referral discount; points may then pay up to the rules' share
 * of what is left (if the check and the balance reach their minimums); points are earned, at the customer's tier
 * rate, on what is paid with money. VAT per rate is worked out of what is paid (see {@link VatBreakdown}).
 */
public final class CheckPricer {

    /**
     * @throws ArithmeticException when the sums leave a long (inputs far beyond SaleRecordCheck's limits)
     */
    public PricedCheck price(CheckRequest request, ProgramRules rules) {
        long subtotal = 0;
        long lineDiscounts = 0;
        for (CheckLine line : request.lines()) {
            subtotal = Math.addExact(subtotal, line.totalMinor());
            lineDiscounts += line.discountMinor();
        }
        long checkDiscount = request.checkDiscount().of(subtotal);
        long afterCashier = subtotal - checkDiscount;
        if (!request.hasCustomer()) {
            return new PricedCheck(subtotal, 0, 0, 0, afterCashier, 0, null, checkDiscount, lineDiscounts,
                    VatBreakdown.of(request.lines(), checkDiscount));
        }
        long referral = request.referralFirstPurchase() ? rules.referral().friendDiscount().of(afterCashier) : 0;
        long check = afterCashier - referral;
        long redeemed = 0;
        if (check >= rules.minCheckToRedeemMinor() && request.pointsAvailable() >= rules.minBalanceToRedeem()) {
            long pointsByCap = rules.maxRedeemShare().of(check) / rules.pointValueMinor();
            redeemed = Math.max(0, Math.min(request.pointsWanted(), Math.min(request.pointsAvailable(), pointsByCap)));
        }
        long redeemDiscount = rules.worthMinor(redeemed);
        long due = check - redeemDiscount;
        Tier tier = rules.tierNamed(request.tierName());
        return new PricedCheck(subtotal, referral, redeemed, redeemDiscount, due, tier.earnRate().of(due),
                tier.name(), checkDiscount, lineDiscounts,
                VatBreakdown.of(request.lines(), subtotal - due));
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
