package dev.regulars.core.sync;

import java.util.UUID;

/**
 * An online till asks to take points before it completes a sale. {@code saleId} is the id the sale will carry,
 * so the server can tie the points to it when the sale arrives (and not take them twice).
 */
public record RedemptionRequest(UUID saleId, UUID customerId, long points) {
}
