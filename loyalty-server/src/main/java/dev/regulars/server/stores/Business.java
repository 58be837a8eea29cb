package dev.regulars.server.stores;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A customer of Regulars: a café or a chain. Its customers, points and program are its own. */
@Entity
@Table(name = "business")
public class Business {

    @Id
    private String id;
    private String name;
    @Column(name = "phone_hmac_key")
    private String phoneHmacKey;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Business() {
    }

    public Business(String name, String phoneHmacKey, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.phoneHmacKey = phoneHmacKey;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String phoneHmacKey() {
        return phoneHmacKey;
    }

    /** When the business joined Regulars: no sale of it can be older. */
    public Instant createdAt() {
        return createdAt;
    }
}
