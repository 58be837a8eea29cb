package dev.regulars.server.stores;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.rules.ProgramRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One version of a business's loyalty rules. Versions are never edited: a change is a new version. */
@Entity
@Table(name = "program_version")
@IdClass(ProgramVersion.Key.class)
public class ProgramVersion {

    @Id
    @Column(name = "business_id")
    private String businessId;
    @Id
    private int version;
    @Column(name = "earn_bp")
    private int earnBp;
    @Column(name = "max_redeem_share_bp")
    private int maxRedeemShareBp;
    @Column(name = "point_value_minor")
    private long pointValueMinor;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "change_seq")
    private long changeSeq;

    protected ProgramVersion() {
    }

    public ProgramVersion(String businessId, ProgramRules rules, Instant createdAt, long changeSeq) {
        this.businessId = businessId;
        this.version = rules.version();
        this.earnBp = rules.earnRate().value();
        this.maxRedeemShareBp = rules.maxRedeemShare().value();
        this.pointValueMinor = rules.pointValueMinor();
        this.createdAt = createdAt;
        this.changeSeq = changeSeq;
    }

    public ProgramRules rules() {
        return new ProgramRules(version, new BasisPoints(earnBp), new BasisPoints(maxRedeemShareBp), pointValueMinor);
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
