package dev.regulars.core.pricing;

/**
 * What the customer pays and what the loyalty program does on one check, all in minor units and points.
 *
 * @param subtotalMinor          sum of the lines
 * @param referralDiscountMinor  the friend's discount on a referred customer's first purchase
 * @param pointsRedeemed         points taken from the balance
 * @param redeemDiscountMinor    what those points took off the check
 * @param dueMinor               what is left to pay with money
 * @param pointsEarned           points earned on {@code dueMinor}
 * @param tierName               the tier the check was priced in; null for an anonymous check
 */
public record PricedCheck(long subtotalMinor, long referralDiscountMinor, long pointsRedeemed,
                          long redeemDiscountMinor, long dueMinor, long pointsEarned, String tierName) {
}
