package dev.regulars.core.pricing;

import dev.regulars.core.money.Money;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.rules.Tier;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Books a check the till already charged. What the till printed and the customer paid is a fact (DESIGN.md,
 * "Money facts stand"): the money is never rewritten, whatever the server thinks of the discounts behind it. The
 * server's rules decide the points earned, on the money actually paid, at the tier the server sees; every point
 * where the server sees the sale differently (a referral it refuses, another tier, a redemption beyond the rules'
 * cap) is stated for a manager instead of being corrected silently.
 *
 * <p>Points redeemed stay as the till took them: the customer had their value off the check. A redemption the
 * balance did not cover is the caller's to flag (an overdraft), since only it knows the balance.
 */
public final class ChargedCheckSettlement {

    private final CheckPricer pricer = new CheckPricer();

    /**
     * @param lines    the check's lines, whose sum the caller has checked against {@code charged.subtotalMinor()}
     * @param charged  what the till charged and printed: subtotal, discounts, due (minor units), points redeemed and
     *                 earned; its tier name is not used
     * @param standing the customer as the server sees them
     * @param currency of the check, for the words of the differences
     */
    public Settlement settle(List<CheckLine> lines, PricedCheck charged, CustomerStanding standing,
                             ProgramRules rules, Currency currency) {
        List<String> differences = new ArrayList<>();
        boolean tillGaveReferral = charged.referralDiscountMinor() > 0;
        boolean referralTaken = tillGaveReferral && standing.referralDiscountDue();
        if (tillGaveReferral && !referralTaken) {
            differences.add("referral discount given at the till but refused: "
                    + (standing.referralRefusal() == null ? "no friend's discount was due"
                    : standing.referralRefusal()));
        }
        Tier tier = rules.tierNamed(standing.tierName());
        // the same check as the rules would have priced it, to tell what the till did beyond them
        // the cashier's discount on the check is money given at the counter: it stands as the till took it
        PricedCheck byRules = pricer.price(new CheckRequest(lines, tier.name(), charged.pointsRedeemed(),
                charged.pointsRedeemed(), referralTaken, Discount.fixed(charged.checkDiscountMinor())), rules);
        if (referralTaken && byRules.referralDiscountMinor() != charged.referralDiscountMinor()) {
            differences.add("referral discount: the till gave " + money(charged.referralDiscountMinor(), currency)
                    + ", the rules give " + money(byRules.referralDiscountMinor(), currency));
        }
        if (charged.pointsRedeemed() > byRules.pointsRedeemed()) {
            differences.add("points redeemed: the till took " + charged.pointsRedeemed()
                    + ", the rules allow at most " + byRules.pointsRedeemed() + " on this check");
        }
        long worth = rules.worthMinor(charged.pointsRedeemed());
        if (worth != charged.redeemDiscountMinor()) {
            differences.add("points redeemed: " + charged.pointsRedeemed() + " points took "
                    + money(charged.redeemDiscountMinor(), currency) + " off at the till, under the rules they are"
                    + " worth " + money(worth, currency));
        }
        long earned = tier.earnRate().of(charged.dueMinor());
        if (earned != charged.pointsEarned()) {
            differences.add("points earned: the till printed " + charged.pointsEarned() + ", the server gives "
                    + earned + " (" + tier.name() + ", rules v" + rules.version() + ")");
        }
        PricedCheck figures = new PricedCheck(charged.subtotalMinor(), charged.referralDiscountMinor(),
                charged.pointsRedeemed(), charged.redeemDiscountMinor(), charged.dueMinor(), earned, tier.name(),
                charged.checkDiscountMinor(), byRules.lineDiscountsMinor(), charged.vat());
        return new Settlement(figures, referralTaken, differences);
    }

    /**
     * A check charged without a customer: the money stands, nothing is earned or redeemed, and loyalty figures the
     * till printed anyway are a difference to look at.
     */
    public Settlement settleWithoutCustomer(PricedCheck charged, Currency currency) {
        List<String> given = new ArrayList<>();
        if (charged.referralDiscountMinor() > 0) {
            given.add(money(charged.referralDiscountMinor(), currency) + " referral discount");
        }
        if (charged.redeemDiscountMinor() > 0 || charged.pointsRedeemed() > 0) {
            given.add(charged.pointsRedeemed() + " points redeemed for " + money(charged.redeemDiscountMinor(), currency));
        }
        if (charged.pointsEarned() > 0) {
            given.add(charged.pointsEarned() + " points earned");
        }
        List<String> differences = given.isEmpty() ? List.of()
                : List.of("the till gave loyalty figures to a sale without a customer: " + String.join(", ", given));
        return new Settlement(new PricedCheck(charged.subtotalMinor(), charged.referralDiscountMinor(), 0,
                charged.redeemDiscountMinor(), charged.dueMinor(), 0, null, charged.checkDiscountMinor(),
                charged.lineDiscountsMinor(), charged.vat()), false, differences);
    }

    private static String money(long minor, Currency currency) {
        return new Money(minor, currency).format(Locale.ENGLISH);
    }
}
