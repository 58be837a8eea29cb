package dev.regulars.server.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/** One movement of points. Entries are only ever inserted; a correction is another entry. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    // ids come from a table generator in blocks, so a batch of entries is inserted in one JDBC batch (IDENTITY
    // ids would need a round trip per row); SQL that inserts entries itself must move id_generator past them
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ledger_entry_ids")
    @TableGenerator(name = "ledger_entry_ids", table = "id_generator", pkColumnName = "name",
            valueColumnName = "next_value", pkColumnValue = "ledger_entry", allocationSize = 1000)
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

    LedgerEntry(String customerId, LedgerEntryType type, long points, String saleId, String note, Instant createdAt,
                String createdBy) {
        this.createdBy = createdBy;
        this.customerId = customerId;
        this.type = type;
        this.points = points;
        this.saleId = saleId;
        this.note = note;
        this.createdAt = createdAt;
    }

    public LedgerEntryType type() {
        return type;
    }

    public long points() {
        return points;
    }
}
