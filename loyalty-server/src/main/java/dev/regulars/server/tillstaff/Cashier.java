package dev.regulars.server.tillstaff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person who logs in to the tills of one store with a PIN (kept only as its PBKDF2 hash); a till manager's PIN
 * also approves what a cashier may not do alone. Deactivated rather than deleted: sales, refunds and shifts name
 * them. Every change carries a change number, so the store's tills pull it, and who made it when.
 */
@Entity
@Table(name = "cashier")
public class Cashier {

    @Id
    private String id;
    @Column(name = "store_id")
    private String storeId;
    private String name;
    @Column(name = "pin_hash")
    private String pinHash;
    private boolean manager;
    private boolean active = true;
    @Column(name = "change_seq")
    private long changeSeq;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by")
    private String changedBy;

    /**
     * Who made a change, when, and the change number it took.
     *
     * @param seq     the business's change number (ChangeSequence): tills pull what is newer than their cursor
     * @param staffId the member of staff, or null for the demo's seed
     */
    public record Change(long seq, String staffId, Instant at) {
    }

    protected Cashier() {
    }

    /** A new active person of the store, with the hash of their PIN. */
    public Cashier(String storeId, PersonName name, String pinHash, boolean manager, Change change) {
        this.id = UUID.randomUUID().toString();
        this.storeId = storeId;
        this.name = name.value();
        this.pinHash = pinHash;
        this.manager = manager;
        this.createdAt = change.at();
        stamp(change);
    }

    void rename(PersonName newName, Change change) {
        name = newName.value();
        stamp(change);
    }

    void pinHash(String hash, Change change) {
        pinHash = hash;
        stamp(change);
    }

    void manager(boolean isManager, Change change) {
        manager = isManager;
        stamp(change);
    }

    void active(boolean isActive, Change change) {
        active = isActive;
        stamp(change);
    }

    private void stamp(Change change) {
        changeSeq = change.seq();
        changedAt = change.at();
        changedBy = change.staffId();
    }

    public String id() {
        return id;
    }

    public String storeId() {
        return storeId;
    }

    public String name() {
        return name;
    }

    /** {@code pbkdf2-sha256$iterations$salt$hash} (core.security.PinHasher). */
    public String pinHash() {
        return pinHash;
    }

    /** A till manager: their PIN approves large discounts, refunds and leaving the kiosk. */
    public boolean manager() {
        return manager;
    }

    /** False once deactivated: the tills forget them and they cannot log in. */
    public boolean active() {
        return active;
    }

    public long changeSeq() {
        return changeSeq;
    }

    /** When they were added; null for people made before the admin managed them (V28). */
    public Instant createdAt() {
        return createdAt;
    }

    /** When they were last changed; null for people made before the admin managed them (V28). */
    public Instant changedAt() {
        return changedAt;
    }

    /** The member of staff who changed them last; null for the demo's seed and people made before V28. */
    public String changedBy() {
        return changedBy;
    }
}
