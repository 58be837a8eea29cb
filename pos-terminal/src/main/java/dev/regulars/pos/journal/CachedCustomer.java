package dev.regulars.pos.journal;

import java.util.UUID;

/**
 * A customer as this till knows them. {@code customerId} is null for someone enrolled here whose sale has not
 * reached the server yet. {@code balance} is the server's last word plus what this till's unsynced sales did.
 */
public record CachedCustomer(String phoneHmac, UUID customerId, String firstName, long balance) {
}
