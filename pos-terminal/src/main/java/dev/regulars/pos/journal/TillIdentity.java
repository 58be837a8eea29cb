package dev.regulars.pos.journal;

import java.util.UUID;

/** Who this till is after pairing: where it syncs, with which token, and the store's settings. */
public record TillIdentity(String serverUrl, UUID terminalId, String token, String businessName, String storeName,
                           String currency, String phoneRegion, String zoneId, String phoneHashKey) {

    @Override
    public String toString() {
        // never print the token
        return "TillIdentity[" + storeName + " @ " + serverUrl + ", terminal " + terminalId + "]";
    }
}
