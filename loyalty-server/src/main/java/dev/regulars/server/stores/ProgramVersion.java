package dev.regulars.server.stores;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.sync.WireJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a business's loyalty rules, stored as the JSON of loyalty-core's ProgramRules so the rules the
 * till prices with and the rules the server prices with are the same data. Versions are never edited: a change is
 * a new version.
 */
@Entity
@Table(name = "program_version")
@IdClass(ProgramVersion.Key.class)
public class ProgramVersion {

    @Id
    @Column(name = "business_id")
    private String businessId;
    @Id
    private int version;
    @Column(name = "rules_json")
    private String rulesJson;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "change_seq")
    private long changeSeq;
    @Column(name = "created_by")
    private String createdBy;

    protected ProgramVersion() {
    }

    public ProgramVersion(String businessId, ProgramRules rules, Instant createdAt, long changeSeq) {
        this.businessId = businessId;
        this.version = rules.version();
        try {
            this.rulesJson = WireJson.mapper().writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("program rules always serialize", e);
        }
        this.createdAt = createdAt;
        this.changeSeq = changeSeq;
    }

    /** A version made in the admin by the member of staff {@code createdBy}. */
    public ProgramVersion(String businessId, ProgramRules rules, Instant createdAt, long changeSeq, String createdBy) {
        this(businessId, rules, createdAt, changeSeq);
        this.createdBy = createdBy;
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The staff id of who made it; null for the demo's or a migration's. */
    public String createdBy() {
        return createdBy;
    }

    public ProgramRules rules() {
        try {
            return WireJson.mapper().readValue(rulesJson, ProgramRules.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("program version " + version + " of " + businessId + " is unreadable", e);
        }
    }

    /** Composite key: a version number is unique within its business. */
    public static class Key implements Serializable {
        private String businessId;
        private int version;

        public Key() {
        }

        public Key(String businessId, int version) {
            this.businessId = businessId;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(businessId, k.businessId) && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(businessId, version);
        }
    }
}
