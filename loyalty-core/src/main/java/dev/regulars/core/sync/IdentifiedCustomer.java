package dev.regulars.core.sync;

import java.util.UUID;

/**
 * Who the customer is and what the till may do. {@code canRedeem} is false for a static card number or an NFC
 * UID (anyone holding a copy could use it): those identify and earn; redeeming needs the rotating code or the
 * customer's phone number.
 */
public record IdentifiedCustomer(UUID customerId, String firstName, long pointsBalance, String tier,
                                 boolean referralDiscountDue, boolean canRedeem) {
}
