package dev.regulars.core.sync;

import java.util.UUID;

/** What a till keeps about a customer: no phone number, only its keyed hash, and the first name. */
public record CustomerCacheRow(UUID customerId, String phoneHmac, String firstName, long pointsBalance) {
}
