package dev.regulars.server.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One movement of points. Entries are only ever inserted; a correction is another entry. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    // from LedgerIds, so that many entries go to MariaDB in one statement
    @Id
    private Long id;
    @Column(name = "customer_id", updatable = false)
    private String customerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", updatable = false)
    private LedgerEntryType type;
    @Column(updatable = false)
    private long points;
    @Column(name = "sale_id", updatable = false)
    private String saleId;
    @Column(updatable = false)
    private String note;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "effective_at", updatable = false)
    private Instant effectiveAt;
    @Column(name = "valid_until", updatable = false)
    private Instant validUntil;

    protected LedgerEntry() {
    }

    /**
     * @param createdAt   when the entry is written
     * @param effectiveAt when its points count from (a sale's time at the till); never after createdAt
     * @param validUntil  the lot's own validity (a birthday bonus), or null
     */
    LedgerEntry(long id, String customerId, LedgerEntryType type, long points, String saleId, String note,
                Instant createdAt, Instant effectiveAt, Instant validUntil, String createdBy) {
        this.id = id;
        this.effectiveAt = effectiveAt.isAfter(createdAt) ? createdAt : effectiveAt;
        this.validUntil = validUntil;
        this.createdBy = createdBy;
        this.customerId = customerId;
        this.type = type;
        this.points = points;
        this.saleId = saleId;
        this.note = note;
        this.createdAt = createdAt;
    }

    /** The entry as a row of ledger_entry, in {@link #COLUMNS} order. */
    Object[] row() {
        return new Object[] {id, customerId, type, points, saleId, note, createdAt, effectiveAt, validUntil,
                createdBy};
    }

    static final java.util.List<String> COLUMNS = java.util.List.of("id", "customer_id", "entry_type", "points",
            "sale_id", "note", "created_at", "effective_at", "valid_until", "created_by");

    public String customerId() {
        return customerId;
    }

    public LedgerEntryType type() {
        return type;
    }

    public long points() {
        return points;
    }

    public String saleId() {
        return saleId;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the points count from: what the history shows and expiry counts months from. */
    public Instant effectiveAt() {
        return effectiveAt;
    }

    public Instant validUntil() {
        return validUntil;
    }
}
