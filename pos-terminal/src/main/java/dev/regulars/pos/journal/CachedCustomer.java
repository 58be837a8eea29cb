package dev.regulars.pos.journal;

import java.util.UUID;

/**
 * A customer as this till knows them. {@code customerId} is null for someone enrolled here whose sale has not
 * reached the server yet. {@code balance} is the server's last word plus what this till's unsynced sales did.
 *
 * @param tier                the tier the customer earns in (as the server last said)
 * @param referralDiscountDue enrolled with a friend's code and no paid purchase yet
 */
public record CachedCustomer(String phoneHmac, UUID customerId, String firstName, long balance, String tier,
                             boolean referralDiscountDue) {
}
