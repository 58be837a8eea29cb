package dev.regulars.server.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A till's closed shift with its Z report, kept as the till counted it (amounts in minor units). */
@Entity
@Table(name = "till_shift")
public class TillShift {

    @Id
    private String id;
    @Column(name = "terminal_id")
    private String terminalId;
    @Column(name = "store_id")
    private String storeId;
    private String currency;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "opening_cash_minor")
    private long openingCashMinor;
    @Column(name = "counted_cash_minor")
    private long countedCashMinor;
    @Column(name = "expected_cash_minor")
    private long expectedCashMinor;
    @Column(name = "takings_minor")
    private long takingsMinor;
    @Column(name = "sales_count")
    private int salesCount;
    private String report;
    @Column(name = "content_sha256")
    private String contentSha256;
    @Column(name = "received_at")
    private Instant receivedAt;
    /** The till journal's chain head with this Z report in it: an anchor against records cut off the journal. */
    @Column(name = "chain_hash")
    private String chainHash;
    @Column(name = "chain_links")
    private Long chainLinks;
    @Column(name = "last_receipt")
    private Long lastReceipt;

    protected TillShift() {
    }

    TillShift(String id, String terminalId, String storeId, dev.regulars.core.sync.ShiftRecord shift, String report,
              String contentSha256, Instant receivedAt) {
        this.id = id;
        this.terminalId = terminalId;
        this.storeId = storeId;
        this.currency = shift.currency();
        this.openedAt = shift.openedAt();
        this.openedBy = shift.openedBy() == null ? null : shift.openedBy().toString();
        this.closedAt = shift.closedAt();
        this.closedBy = shift.closedBy() == null ? null : shift.closedBy().toString();
        this.openingCashMinor = shift.openingCashMinor();
        this.countedCashMinor = shift.countedCashMinor();
        this.expectedCashMinor = shift.report().expectedCashMinor();
        this.takingsMinor = shift.report().takingsMinor();
        this.salesCount = shift.report().sales();
        this.report = report;
        this.contentSha256 = contentSha256;
        this.receivedAt = receivedAt;
        if (shift.chain() != null) {
            this.chainHash = shift.chain().hash();
            this.chainLinks = shift.chain().links();
            this.lastReceipt = shift.chain().lastReceipt();
        }
    }

    String contentSha256() {
        return contentSha256;
    }
}
