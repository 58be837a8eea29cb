package dev.regulars.core.sync;

import java.util.UUID;

/** The points are taken for this sale; {@code balanceAfter} is what the customer has left. */
public record RedemptionGrant(UUID saleId, long points, long balanceAfter) {
}
