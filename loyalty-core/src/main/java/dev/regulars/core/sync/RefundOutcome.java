package dev.regulars.core.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/**
 * The server's answer for one refund. DEFERRED: its sale has not reached the server yet; the till keeps the refund
 * and sends it again after the sale.
 */
public record RefundOutcome(UUID refundId, Status status, String message, long moneyBackMinor,
                            long pointsEarnedTakenBack, long pointsRedeemedReturned, Long balanceAfter) {

    public enum Status { ACCEPTED, DUPLICATE, DEFERRED, REJECTED }

    public static RefundOutcome of(UUID refundId, Status status, String message) {
        return new RefundOutcome(refundId, status, message, 0, 0, 0, null);
    }

    @JsonIgnore
    public boolean isSettled() {
        return status == Status.ACCEPTED || status == Status.DUPLICATE;
    }
}
