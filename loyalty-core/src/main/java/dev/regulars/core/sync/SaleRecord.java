package dev.regulars.core.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A sale as the till wrote it to its journal and pushes it to the server. The till's own figures travel with it
 * so that the server, which prices the sale again, can record any difference instead of hiding it.
 *
 * @param saleId         made at the till; the server applies each id once
 * @param customer       null for an anonymous sale
 * @param enrollment     set when the customer enrolled with this sale
 * @param pointsRedeemed what the till took off the balance
 * @param tillFigures    what the till printed on the receipt
 */
public record SaleRecord(UUID saleId, Instant rungUpAt, int rulesVersion, String currency,
                         List<SaleLineRecord> lines, List<PaymentRecord> payments,
                         CustomerIdentification customer, EnrollmentRecord enrollment,
                         long pointsRedeemed, TillFigures tillFigures) {

    /** The receipt's numbers, as computed at the till. */
    public record TillFigures(long subtotalMinor, long referralDiscountMinor, long redeemDiscountMinor,
                              long dueMinor, long pointsEarned) {
    }
}
