package dev.regulars.core.sync;

import java.util.UUID;

/**
 * Who paid, as the till knew it: the phone typed at the till (E.164) and, when the till found the customer in its
 * cache, the customer's id. A sale without a customer carries no identification at all.
 */
public record CustomerIdentification(String phoneE164, UUID customerId) {
}
