package dev.regulars.server.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A friend's code that was refused, and why: kept for the owner to see patterns of abuse. */
@Entity
@Table(name = "referral_attempt")
public class ReferralAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "business_id")
    private String businessId;
    private String code;
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "inviter_id")
    private String inviterId;
    @Column(name = "sale_id")
    private String saleId;
    private String reason;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ReferralAttempt() {
    }

    /** @param inviterId whose code it was, when the code is someone's: the attempt counts towards their caps */
    ReferralAttempt(String businessId, String code, String customerId, String inviterId, String saleId,
                    String reason, Instant createdAt) {
        this.inviterId = inviterId;
        this.businessId = businessId;
        this.code = code == null ? "" : code.length() > 16 ? code.substring(0, 16) : code;
        this.customerId = customerId;
        this.saleId = saleId;
        this.reason = reason;
        this.createdAt = createdAt;
    }
}
