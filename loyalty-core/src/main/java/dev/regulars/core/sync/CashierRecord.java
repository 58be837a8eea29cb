package dev.regulars.core.sync;

import java.util.UUID;

/**
 * A person who logs in to the store's tills, with the PBKDF2 hash of the PIN so the till can check logins offline.
 *
 * @param manager a manager's PIN approves what a cashier may not do alone (a large discount, a refund, leaving the
 *                kiosk); null from servers before roles: not a manager
 * @param active  false when the person may no longer log in: the till forgets them; null: active
 */
public record CashierRecord(UUID cashierId, String name, String pinHash, Boolean manager, Boolean active) {

    public CashierRecord {
        manager = manager != null && manager;
        active = active == null || active;
    }

    /** An active cashier who is not a manager. */
    public CashierRecord(UUID cashierId, String name, String pinHash) {
        this(cashierId, name, pinHash, false, true);
    }

    public boolean isManager() {
        return manager;
    }

    public boolean isActive() {
        return active;
    }
}
