package dev.regulars.server.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A call back a store's manager owes a customer who rated a visit 1 to 3 stars. */
@Entity
@Table(name = "callback_task")
public class CallbackTask {

    /** Where the task stands. WITHDRAWN: the customer changed the rating to 4 or 5 stars. */
    public enum Status { OPEN, TAKEN, CLOSED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "rating_sale_id")
    private String ratingSaleId;
    @Column(name = "business_id")
    private String businessId;
    @Column(name = "store_id")
    private String storeId;
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "taken_by")
    private String takenBy;
    @Column(name = "taken_at")
    private Instant takenAt;
    @Enumerated(EnumType.STRING)
    private CallbackOutcome outcome;
    private String note;
    @Column(name = "goodwill_points")
    private long goodwillPoints;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected CallbackTask() {
    }

    CallbackTask(Rating rating, Instant createdAt, Instant dueAt) {
        this.ratingSaleId = rating.saleId();
        this.businessId = rating.businessId();
        this.storeId = rating.storeId();
        this.customerId = rating.customerId();
        this.createdAt = createdAt;
        this.dueAt = dueAt;
        this.status = Status.OPEN;
    }

    /** A manager takes the task: the others see who is on it. */
    void take(String staffId, Instant at) {
        if (status == Status.CLOSED || status == Status.WITHDRAWN) {
            throw new IllegalStateException("This call back is already done");
        }
        this.status = Status.TAKEN;
        this.takenBy = staffId;
        this.takenAt = at;
    }

    /** Records a call; "no answer" keeps the task open for another try, every other outcome closes it. */
    void record(CallbackOutcome outcome, String note, long goodwillPoints, String staffId, Instant at) {
        if (status == Status.CLOSED || status == Status.WITHDRAWN) {
            throw new IllegalStateException("This call back is already done");
        }
        this.outcome = outcome;
        this.note = note;
        this.goodwillPoints += goodwillPoints;
        if (outcome.closes()) {
            this.status = Status.CLOSED;
            this.closedBy = staffId;
            this.closedAt = at;
        } else {
            this.status = Status.OPEN;
            this.takenBy = null;
            this.takenAt = null;
        }
    }

    /** The customer raised the rating to 4 or 5 stars before anyone called. */
    void withdraw(Instant at) {
        if (status == Status.OPEN || status == Status.TAKEN) {
            this.status = Status.WITHDRAWN;
            this.closedAt = at;
        }
    }

    /** A lowered rating again: the task is back in the queue. */
    void reopen(Instant dueAt) {
        if (status == Status.WITHDRAWN) {
            this.status = Status.OPEN;
            this.closedAt = null;
            this.dueAt = dueAt;
        }
    }

    public Long id() {
        return id;
    }

    public String ratingSaleId() {
        return ratingSaleId;
    }

    /** The store of the rated visit. */
    public String storeId() {
        return storeId;
    }

    public String businessId() {
        return businessId;
    }

    public String customerId() {
        return customerId;
    }

    public Status status() {
        return status;
    }

    /** Goodwill points this call back gave so far. */
    public long goodwillPoints() {
        return goodwillPoints;
    }

    public String takenBy() {
        return takenBy;
    }

    public Instant dueAt() {
        return dueAt;
    }
}
