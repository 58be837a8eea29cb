package dev.regulars.core.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/**
 * The server's answer for one sale of a batch. For {@code DUPLICATE} it repeats the original result, so a till
 * whose first response was lost still learns the authoritative figures.
 */
public record SaleOutcome(UUID saleId, Status status, String message, UUID customerId,
                          long pointsEarned, long pointsRedeemed, Long balanceAfter) {

    public enum Status { ACCEPTED, DUPLICATE, REJECTED }

    public static SaleOutcome rejected(UUID saleId, String message) {
        return new SaleOutcome(saleId, Status.REJECTED, message, null, 0, 0, null);
    }

    /** Settled outcomes need no resend; a rejection stays in the till's journal for a person to look at. */
    @JsonIgnore
    public boolean isSettled() {
        return status == Status.ACCEPTED || status == Status.DUPLICATE;
    }
}
