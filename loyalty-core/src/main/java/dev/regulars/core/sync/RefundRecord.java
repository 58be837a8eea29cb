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
 * @param paidBackBy  how the money went back (cash from the drawer, or to the card); null from tills before
 *                    issue 10
 * @param cashierId   who gave it back; null when unknown
 * @param approvedBy  the manager whose PIN allowed it; null when unknown
 */
public record RefundRecord(UUID refundId, UUID saleId, Instant refundedAt, List<Line> lines,
                           RefundFigures tillFigures, PaymentRecord.PaymentMethod paidBackBy, UUID cashierId,
                           UUID approvedBy) {

    /** A refund whose method and people the till did not record. */
    public RefundRecord(UUID refundId, UUID saleId, Instant refundedAt, List<Line> lines, RefundFigures tillFigures) {
        this(refundId, saleId, refundedAt, lines, tillFigures, null, null, null);
    }

    /** A line of the original sale and how many of it are refunded. */
    public record Line(int lineNo, int quantity) {
    }

    /** Money and points a refund moves. */
    public record RefundFigures(long moneyBackMinor, long pointsEarnedTakenBack, long pointsRedeemedReturned) {
    }
}
