package dev.regulars.core.sync;

import java.util.UUID;

/** A cashier of the store, with the PBKDF2 hash of the PIN so the till can check logins offline. */
public record CashierRecord(UUID cashierId, String name, String pinHash) {
}
