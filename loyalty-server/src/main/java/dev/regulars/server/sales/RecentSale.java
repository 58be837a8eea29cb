package dev.regulars.server.sales;

import java.time.Instant;

/** A line of the admin's "latest sales" list. */
public record RecentSale(String saleId, Instant rungUpAt, String zoneId, String storeName, String tillName,
                         String customerFirstName, String currency, long dueMinor, long pointsRedeemed,
                         long pointsEarned, boolean figuresDiffer, boolean overdraft) {
}
