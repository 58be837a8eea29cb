package dev.regulars.server.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message in the outbox, read by the dispatcher; rows are written by {@link Outbox} (or SQL that does the same). */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /**
     * PENDING: to send at next_attempt_at; SENDING: claimed by a node; SENT: the provider took it; DELIVERED: the
     * provider reported delivery (SMS); FAILED: the provider reported it undeliverable; DEAD: given up, with the
     * reason in last_error.
     */
    public enum Status { PENDING, SENDING, SENT, DELIVERED, FAILED, DEAD }

    @Id
    private Long id;
    @Column(name = "business_id")
    private String businessId;
    @Column(name = "customer_id")
    private String customerId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String recipient;
    private String language;
    private String subject;
    private String body;
    @Column(name = "dedupe_key")
    private String dedupeKey;
    @Column(name = "unsubscribe_token")
    private String unsubscribeToken;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    public Long id() {
        return id;
    }

    public String businessId() {
        return businessId;
    }

    public String customerId() {
        return customerId;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
