package dev.regulars.server.stores;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A paired till. Only the hash of its token is kept; a revoked terminal's requests are refused. */
@Entity
@Table(name = "terminal")
public class Terminal {

    @Id
    private String id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "store_id")
    private Store store;
    private String name;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "paired_at")
    private Instant pairedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;

    protected Terminal() {
    }

    public Terminal(Store store, String name, String tokenHash, Instant pairedAt) {
        this.id = UUID.randomUUID().toString();
        this.store = store;
        this.name = name;
        this.tokenHash = tokenHash;
        this.pairedAt = pairedAt;
    }

    public String id() {
        return id;
    }

    public Store store() {
        return store;
    }

    public String name() {
        return name;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(Instant at, String staffId) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = staffId;
        }
    }

    public Instant pairedAt() {
        return pairedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
