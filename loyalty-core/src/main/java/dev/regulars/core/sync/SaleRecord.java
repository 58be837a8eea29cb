package dev.regulars.core.sync;

import dev.regulars.core.rules.Discount;
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
 * @param checkDiscount  the cashier's discount on the whole check; null for none
 * @param cashierId      who rang the sale up (for the shift's figures and the owner's per-cashier numbers); null
 *                       from tills before issue 10
 */
public record SaleRecord(UUID saleId, Instant rungUpAt, int rulesVersion, String currency,
                         List<SaleLineRecord> lines, List<PaymentRecord> payments,
                         CustomerIdentification customer, EnrollmentRecord enrollment,
                         long pointsRedeemed, TillFigures tillFigures, Discount checkDiscount, UUID cashierId) {

    /** A sale without a discount on the whole check, cashier unknown. */
    public SaleRecord(UUID saleId, Instant rungUpAt, int rulesVersion, String currency, List<SaleLineRecord> lines,
                      List<PaymentRecord> payments, CustomerIdentification customer, EnrollmentRecord enrollment,
                      long pointsRedeemed, TillFigures tillFigures) {
        this(saleId, rungUpAt, rulesVersion, currency, lines, payments, customer, enrollment, pointsRedeemed,
                tillFigures, null, null);
    }

    /**
     * The receipt's numbers, as computed at the till, in minor units and points.
     *
     * @param checkDiscountMinor the cashier's discount on the whole check (null from tills before check discounts:
     *                           0); {@code due = subtotal - checkDiscount - referralDiscount - redeemDiscount}
     */
    public record TillFigures(long subtotalMinor, long referralDiscountMinor, long redeemDiscountMinor,
                              long dueMinor, long pointsEarned, Long checkDiscountMinor) {

        public TillFigures {
            checkDiscountMinor = checkDiscountMinor == null ? 0L : checkDiscountMinor;
        }

        public TillFigures(long subtotalMinor, long referralDiscountMinor, long redeemDiscountMinor, long dueMinor,
                           long pointsEarned) {
            this(subtotalMinor, referralDiscountMinor, redeemDiscountMinor, dueMinor, pointsEarned, 0L);
        }
    }
}
