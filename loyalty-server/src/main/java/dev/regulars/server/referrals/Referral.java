package dev.regulars.server.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A friend an inviter brought, and the state of the inviter's bonus for it. */
@Entity
@Table(name = "referral")
public class Referral {

    /** Where the inviter's bonus stands. */
    public enum Status { PENDING, GRANTED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "business_id")
    private String businessId;
    @Column(name = "inviter_id")
    private String inviterId;
    @Column(name = "friend_id")
    private String friendId;
    @Column(name = "first_sale_id")
    private String firstSaleId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "bonus_points")
    private long bonusPoints;
    @Column(name = "bonus_due_at")
    private Instant bonusDueAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Referral() {
    }

    Referral(String businessId, String inviterId, String friendId, String firstSaleId, Instant createdAt,
             long bonusPoints, Instant bonusDueAt) {
        this.businessId = businessId;
        this.inviterId = inviterId;
        this.friendId = friendId;
        this.firstSaleId = firstSaleId;
        this.createdAt = createdAt;
        this.bonusPoints = bonusPoints;
        this.bonusDueAt = bonusDueAt;
        this.status = Status.PENDING;
    }

    /**
     * The friend who joined on their phone made their first paid purchase: the inviter's bonus falls due
     * {@code afterDays} after it. A referral made with its first sale keeps that sale.
     */
    void firstPurchase(String saleId, Instant at, int afterDays) {
        if (firstSaleId == null) {
            firstSaleId = saleId;
            bonusDueAt = at.plus(java.time.Duration.ofDays(afterDays));
        }
    }

    void decide(Status outcome, Instant at) {
        this.status = outcome;
        this.decidedAt = at;
    }

    public String inviterId() {
        return inviterId;
    }

    public String firstSaleId() {
        return firstSaleId;
    }

    public long bonusPoints() {
        return bonusPoints;
    }

    public Status status() {
        return status;
    }

    public String businessId() {
        return businessId;
    }
}
