package dev.regulars.server.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Points taken online for a sale that has not reached the server yet. */
@Entity
@Table(name = "redemption")
public class Redemption {

    /** HELD: taken, sale not here yet; CONSUMED: the sale arrived; RELEASED: the sale was abandoned. */
    public enum Status { HELD, CONSUMED, RELEASED }

    @Id
    @Column(name = "sale_id")
    private String saleId;
    @Column(name = "business_id")
    private String businessId;
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "terminal_id")
    private String terminalId;
    private long points;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Redemption() {
    }

    Redemption(String saleId, String businessId, String customerId, String terminalId, long points, Instant at) {
        this.saleId = saleId;
        this.businessId = businessId;
        this.customerId = customerId;
        this.terminalId = terminalId;
        this.points = points;
        this.status = Status.HELD;
        this.createdAt = at;
    }

    /** The sale these points were taken for has arrived. */
    public void consume(Instant at) {
        decide(Status.CONSUMED, at);
    }

    public String saleId() {
        return saleId;
    }

    void decide(Status outcome, Instant at) {
        this.status = outcome;
        this.decidedAt = at;
    }

    public long points() {
        return points;
    }

    public Status status() {
        return status;
    }

    public String customerId() {
        return customerId;
    }
}
