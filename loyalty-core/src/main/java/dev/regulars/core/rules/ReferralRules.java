package dev.regulars.core.rules;

/**
 * The referral part of a program. A new customer who enrolls with a friend's code gets {@code friendDiscount} on
 * the first paid purchase; the friend (the inviter) gets {@code inviterBonusPoints} once that purchase is synced
 * and not refunded within {@code inviterBonusAfterDays}. An inviter brings at most {@code maxPerInviterPerDay} and
 * {@code maxPerInviterPerMonth} friends.
 */
public record ReferralRules(Discount friendDiscount, long inviterBonusPoints, int inviterBonusAfterDays,
                            int maxPerInviterPerDay, int maxPerInviterPerMonth) {

    public static final ReferralRules NONE = new ReferralRules(Discount.NONE, 0, 0, 0, 0);

    public ReferralRules {
        if (friendDiscount == null) {
            throw new IllegalArgumentException("a referral program needs a friend discount (Discount.NONE for none)");
        }
        if (inviterBonusPoints < 0 || inviterBonusAfterDays < 0 || maxPerInviterPerDay < 0
                || maxPerInviterPerMonth < 0) {
            throw new IllegalArgumentException("referral figures must not be negative");
        }
    }

    public boolean isEnabled() {
        return maxPerInviterPerDay > 0 && maxPerInviterPerMonth > 0
                && (!friendDiscount.isNone() || inviterBonusPoints > 0);
    }
}
