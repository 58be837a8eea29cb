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

    protected LedgerEntry() {
    }

    LedgerEntry(long id, String customerId, LedgerEntryType type, long points, String saleId, String note,
                Instant createdAt, String createdBy) {
        this.id = id;
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
        return new Object[] {id, customerId, type, points, saleId, note, createdAt, createdBy};
    }

    static final java.util.List<String> COLUMNS = java.util.List.of("id", "customer_id", "entry_type", "points",
            "sale_id", "note", "created_at", "created_by");

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
}
