package dev.regulars.server.stores;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time code that pairs one till with a store, kept hashed like a password. */
@Entity
@Table(name = "pairing_code")
public class PairingCode {

    @Id
    @Column(name = "code_hash")
    private String codeHash;
    @ManyToOne(optional = false)
    @JoinColumn(name = "store_id")
    private Store store;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "terminal_id")
    private String terminalId;

    protected PairingCode() {
    }

    public PairingCode(String codeHash, Store store, Instant expiresAt) {
        this.codeHash = codeHash;
        this.store = store;
        this.expiresAt = expiresAt;
    }

    public Store store() {
        return store;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public void markUsed(String terminalId, Instant at) {
        this.terminalId = terminalId;
        this.usedAt = at;
    }

    /** Makes the code valid again until {@code expiresAt}; the demo re-issues its well-known code at each start. */
    public void reissue(Instant expiresAt) {
        this.expiresAt = expiresAt;
        this.usedAt = null;
        this.terminalId = null;
    }
}
