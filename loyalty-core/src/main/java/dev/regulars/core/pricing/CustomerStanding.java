package dev.regulars.core.pricing;

/**
 * What the server knows of the customer when it settles a sale the till already charged.
 *
 * @param tierName             the tier the server places the customer in (its figure wins for points)
 * @param referralDiscountDue  whether the server grants this purchase the friend's referral discount
 * @param referralRefusal      why it does not, in words for a manager ("self-referral (card)"); null when it does,
 *                             or when no friend's code was involved
 */
public record CustomerStanding(String tierName, boolean referralDiscountDue, String referralRefusal) {

    public CustomerStanding {
        if (tierName == null || tierName.isBlank()) {
            throw new IllegalArgumentException("a customer's standing needs a tier");
        }
    }
}
