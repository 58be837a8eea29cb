package dev.regulars.server.feedback;

import java.time.Instant;
import java.util.List;

/**
 * One call back as the queue shows it to a manager.
 *
 * @param phoneE164 the number to call: the customer's, or the one an anonymous visitor left
 * @param items     what was bought, "2 × Flat white"
 * @param dueMinor  what was paid, minor units of {@code currency}
 */
public record CallbackView(long taskId, Instant dueAt, boolean overdue, String status, String takenByName,
                           String storeName, String zoneId, String tillName, Instant visitAt, List<String> items,
                           long dueMinor, String currency, String customerName, String phoneE164, int stars,
                           String comment) {
}
