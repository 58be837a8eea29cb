package dev.regulars.server.stores;

import java.time.Instant;

/** A pairing code as shown once to the member of staff who asked for it. */
public record IssuedPairingCode(String code, String storeName, Instant expiresAt) {
}
