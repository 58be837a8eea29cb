package dev.regulars.server.wallet;

import java.time.Instant;

/**
 * One customer's pass as stored (table wallet_pass).
 *
 * @param serialNumber the customer's phone card number, also the Google object's suffix
 * @param authTokenSha256 SHA-256 (hex) of the pass's authentication token
 * @param points the balance the pass shows
 * @param tier the tier the pass shows
 * @param news the latest campaign message, or null
 * @param updateTag grows with each change (UpdateTags)
 * @param updatedAt when the pass last changed: its Last-Modified
 * @param voided whether its customer's data was erased: it is then served voided, showing nobody (WalletChanges)
 */
public record WalletPass(String serialNumber, String businessId, String customerId, String authTokenSha256,
        long points, String tier, String news, long updateTag, Instant updatedAt, boolean voided) {
}
