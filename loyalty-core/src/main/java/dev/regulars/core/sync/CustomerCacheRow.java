package dev.regulars.core.sync;

import java.util.UUID;

/**
 * What a till keeps about a customer: no phone number, only its keyed hash, and the first name.
 *
 * @param tier                the tier the customer earns in
 * @param referralDiscountDue the customer enrolled with a friend's code and has not made a paid purchase yet
 */
public record CustomerCacheRow(UUID customerId, String phoneHmac, String firstName, long pointsBalance, String tier,
                               boolean referralDiscountDue) {
}
