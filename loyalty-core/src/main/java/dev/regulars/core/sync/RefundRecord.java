package dev.regulars.core.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A refund of (part of) a sale, made at a till. Lines are the sale's line numbers (1-based) and how many of each
 * go back; the server computes what that reverses and answers with its figures.
 *
 * @param refundId    made at the till; the server applies each id once
 * @param tillFigures what the till showed; null when the till could not compute them
 * @param paidBackBy  how the money went back (cash from the drawer, or to the card); for a refund paid back by
 *                    several methods, the one that took the most (readers that know one method only); null from
 *                    tills before issue 10
 * @param cashierId   who gave it back; null when unknown
 * @param approvedBy  the manager whose PIN allowed it; null when unknown
 * @param paidBack    the money back by method, adding up to the money back, when the till recorded it (a sale
 *                    paid part cash, part card is paid back the same way); null from older tills: then
 *                    {@link #moneyBackBy()} reads all of it as {@code paidBackBy}. Left out of the JSON when
 *                    null, so an older record written again hashes as it did (the server's resend check)
 */
public record RefundRecord(UUID refundId, UUID saleId, Instant refundedAt, List<Line> lines,
                           RefundFigures tillFigures, PaymentRecord.PaymentMethod paidBackBy, UUID cashierId,
                           UUID approvedBy,
                           @com.fasterxml.jackson.annotation.JsonInclude(
                                   com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                           List<PaidBack> paidBack) {

    public RefundRecord {
        paidBack = paidBack == null ? null : List.copyOf(paidBack);
    }

    /** A refund paid back by one method (as tills wrote them before the split was recorded). */
    public RefundRecord(UUID refundId, UUID saleId, Instant refundedAt, List<Line> lines, RefundFigures tillFigures,
                        PaymentRecord.PaymentMethod paidBackBy, UUID cashierId, UUID approvedBy) {
        this(refundId, saleId, refundedAt, lines, tillFigures, paidBackBy, cashierId, approvedBy, null);
    }

    /** A refund whose method and people the till did not record. */
    public RefundRecord(UUID refundId, UUID saleId, Instant refundedAt, List<Line> lines, RefundFigures tillFigures) {
        this(refundId, saleId, refundedAt, lines, tillFigures, null, null, null, null);
    }

    /** Part of the money back, by one method, in minor units. */
    public record PaidBack(PaymentRecord.PaymentMethod method, long amountMinor) {
    }

    /**
     * The money back by method: as recorded, or for a record without the split all of it by {@code paidBackBy}
     * (cash when that is unknown too); empty when no money went back.
     */
    public List<PaidBack> moneyBackBy() {
        if (paidBack != null) {
            return paidBack;
        }
        long back = tillFigures == null ? 0 : tillFigures.moneyBackMinor();
        return back == 0 ? List.of() : List.of(new PaidBack(
                paidBackBy == null ? PaymentRecord.PaymentMethod.CASH : paidBackBy, back));
    }

    /** A line of the original sale and how many of it are refunded. */
    public record Line(int lineNo, int quantity) {
    }

    /** Money and points a refund moves. */
    public record RefundFigures(long moneyBackMinor, long pointsEarnedTakenBack, long pointsRedeemedReturned) {
    }
}
