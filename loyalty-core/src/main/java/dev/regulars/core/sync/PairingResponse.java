package dev.regulars.core.sync;

import java.util.UUID;

/**
 * The till's identity after pairing. The token is shown once and stored only hashed on the server.
 *
 * @param phoneHashKey base64 key of the business's phone HMAC, for the till's lookup cache
 */
public record PairingResponse(UUID terminalId, String token, String businessName, String storeName,
                              String currency, String phoneRegion, String zoneId, String phoneHashKey) {
}
