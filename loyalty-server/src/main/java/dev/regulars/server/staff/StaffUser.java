package dev.regulars.server.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A person who logs in to the web admin of one business. The password is kept as a PBKDF2 hash only. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    private String id;
    @Column(name = "business_id")
    private String businessId;
    private String email;
    private String name;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private StaffRole role;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;
    @Column(name = "password_set_at")
    private Instant passwordSetAt;

    protected StaffUser() {
    }

    public StaffUser(String businessId, String email, String name, String passwordHash, StaffRole role,
                     Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.businessId = businessId;
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.name = name;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
        this.passwordSetAt = createdAt;
    }

    /** Someone invited, who has no password of their own yet: {@code unusableHash} keeps the account shut. */
    public static StaffUser invited(String businessId, String email, String name, String unusableHash,
                                    StaffRole role, Instant at) {
        StaffUser staff = new StaffUser(businessId, email, name, unusableHash, role, at);
        staff.passwordSetAt = null;
        return staff;
    }

    /** The person set their password (from an invitation). */
    public void passwordSet(String hash, Instant at) {
        this.passwordHash = hash;
        this.passwordSetAt = at;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void role(StaffRole role) {
        this.role = role;
    }

    /** Can no longer log in; null reactivates. */
    public void deactivatedAt(Instant at) {
        this.deactivatedAt = at;
    }

    public boolean isActive() {
        return deactivatedAt == null;
    }

    /** False while an invitation waits to be taken up. */
    public boolean hasPassword() {
        return passwordSetAt != null;
    }

    public String id() {
        return id;
    }

    public String businessId() {
        return businessId;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public StaffRole role() {
        return role;
    }
}
