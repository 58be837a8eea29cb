package dev.regulars.core.refunds;

/**
 * What one refund of a sale gives back and takes back.
 *
 * @param moneyBackMinor            the part of the amount paid with money that goes back to the customer
 * @param pointsEarnedTakenBack     points the sale earned that the refund takes back
 * @param pointsRedeemedReturned    points the sale redeemed that the refund returns to the balance
 * @param referralDiscountReversedMinor the part of a referral discount that no longer applies
 */
public record RefundShare(long moneyBackMinor, long pointsEarnedTakenBack, long pointsRedeemedReturned,
                          long referralDiscountReversedMinor) {
}
