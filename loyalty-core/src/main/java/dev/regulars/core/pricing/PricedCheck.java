package dev.regulars.core.pricing;

import java.util.List;

/**
 * What the customer pays and what the loyalty program does on one check, all in minor units and points.
 * {@code dueMinor = subtotalMinor - checkDiscountMinor - referralDiscountMinor - redeemDiscountMinor}.
 *
 * @param subtotalMinor          sum of the lines, each after its own discount
 * @param referralDiscountMinor  the friend's discount on a referred customer's first purchase
 * @param pointsRedeemed         points taken from the balance
 * @param redeemDiscountMinor    what those points took off the check
 * @param dueMinor               what is left to pay with money
 * @param pointsEarned           points earned on {@code dueMinor}
 * @param tierName               the tier the check was priced in; null for an anonymous check
 * @param checkDiscountMinor     the cashier's discount on the whole check
 * @param lineDiscountsMinor     the cashier's discounts on lines, already out of the subtotal (for the receipt
 *                               and the shift's totals)
 * @param vat                    VAT per rate of what is paid, lowest rate first
 */
public record PricedCheck(long subtotalMinor, long referralDiscountMinor, long pointsRedeemed,
                          long redeemDiscountMinor, long dueMinor, long pointsEarned, String tierName,
                          long checkDiscountMinor, long lineDiscountsMinor, List<VatAmount> vat) {

    public PricedCheck {
        vat = vat == null ? List.of() : List.copyOf(vat);
    }

    /** A check without cashier's discounts, whose VAT nobody asked for (figures the till sent, as booked). */
    public PricedCheck(long subtotalMinor, long referralDiscountMinor, long pointsRedeemed, long redeemDiscountMinor,
                       long dueMinor, long pointsEarned, String tierName) {
        this(subtotalMinor, referralDiscountMinor, pointsRedeemed, redeemDiscountMinor, dueMinor, pointsEarned,
                tierName, 0, 0, List.of());
    }

    /** Every discount given on the check, by the cashier, the program and points, in minor units. */
    public long discountsMinor() {
        return lineDiscountsMinor + checkDiscountMinor + referralDiscountMinor + redeemDiscountMinor;
    }
}
