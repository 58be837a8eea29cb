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
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "issued_at")
    private Instant issuedAt;

    protected PairingCode() {
    }

    /** @param issuedBy the member of staff who asked for it; null for the demo's code */
    public PairingCode(String codeHash, Store store, Instant issuedAt, Instant expiresAt, String issuedBy) {
        this.codeHash = codeHash;
        this.store = store;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.issuedBy = issuedBy;
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
