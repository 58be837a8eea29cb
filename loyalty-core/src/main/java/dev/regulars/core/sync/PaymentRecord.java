package dev.regulars.core.sync;

/**
 * A payment of a sale. For cash, {@code tenderedMinor} is what the customer handed over and the change is
 * {@code tenderedMinor - amountMinor}; for cards it equals the amount.
 */
public record PaymentRecord(PaymentMethod method, long amountMinor, long tenderedMinor) {

    public enum PaymentMethod { CASH, CARD }
}
