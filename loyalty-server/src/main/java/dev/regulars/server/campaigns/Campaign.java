package dev.regulars.server.campaigns;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.regulars.core.campaigns.FrequencyCap;
import dev.regulars.core.campaigns.QuietHours;
import dev.regulars.core.campaigns.Template;
import dev.regulars.core.sync.WireJson;
import dev.regulars.server.messaging.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A campaign as the marketer set it up; its occurrences are {@code campaign_run} rows. */
@Entity
@Table(name = "campaign")
public class Campaign {

    /** Only ACTIVE campaigns have occurrences. */
    public enum Status {
        DRAFT, ACTIVE, PAUSED, ENDED;

        /** What the marketer reads: an ACTIVE campaign is "scheduled". */
        public String words() {
            return this == ACTIVE ? "scheduled" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    private String id;
    @Column(name = "business_id")
    private String businessId;
    private String name;
    @Enumerated(EnumType.STRING)
    private CampaignKind kind;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "days_before")
    private Integer daysBefore;
    @Column(name = "lapsed_days")
    private Integer lapsedDays;
    @Column(name = "interval_factor_bp")
    private Integer intervalFactorBp;
    @Column(name = "bonus_points")
    private long bonusPoints;
    @Column(name = "bonus_valid_days")
    private int bonusValidDays;
    @Column(name = "send_at")
    private LocalTime sendAt;
    @Column(name = "once_on")
    private LocalDate onceOn;
    @Column(name = "quiet_from")
    private LocalTime quietFrom;
    @Column(name = "quiet_until")
    private LocalTime quietUntil;
    @Column(name = "cap_messages")
    private int capMessages;
    @Column(name = "cap_days")
    private int capDays;
    private String channels;
    @Column(name = "holdout_bp")
    private int holdoutBp;
    @Column(name = "templates_json")
    private String templatesJson;
    @Column(name = "segment_json")
    private String segmentJson;
    @Column(name = "created_at")
    private java.time.Instant createdAt;
    @Column(name = "updated_at")
    private java.time.Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected Campaign() {
    }

    /** A new campaign, a DRAFT until it is scheduled. */
    public Campaign(String businessId, CampaignSettings settings, String staffId, java.time.Instant now) {
        this.id = java.util.UUID.randomUUID().toString();
        this.businessId = businessId;
        this.status = Status.DRAFT;
        this.createdAt = now;
        apply(settings, staffId, now);
    }

    /** Takes the marketer's settings; the status stays as it is. */
    public void apply(CampaignSettings s, String staffId, java.time.Instant now) {
        name = s.name();
        kind = s.kind();
        daysBefore = s.daysBefore();
        lapsedDays = s.lapsedDays();
        intervalFactorBp = s.intervalFactorBp();
        bonusPoints = s.bonusPoints();
        bonusValidDays = s.bonusValidDays();
        sendAt = s.sendAt();
        onceOn = s.onceOn();
        quietFrom = s.quietHours().from();
        quietUntil = s.quietHours().until();
        capMessages = s.cap().messages();
        capDays = s.cap().days();
        channels = String.join(",", s.channels().stream().map(Enum::name).toList());
        holdoutBp = s.holdoutBp();
        try {
            templatesJson = WireJson.mapper().writeValueAsString(s.templates());
            segmentJson = WireJson.mapper().writeValueAsString(s.segment());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("campaign settings that cannot be written as JSON", e);
        }
        updatedAt = now;
        updatedBy = staffId;
    }

    /** The settings as the marketer left them, for the editor. */
    public CampaignSettings settings() {
        return new CampaignSettings(name, kind, daysBefore(), lapsedDays, intervalFactorBp, bonusPoints,
                bonusValidDays, sendAt, onceOn, quietHours(), cap(), channelOrder(), holdoutBp, templates(),
                segment());
    }

    /** The segment narrowing the kind's audience; everyone when none was set. */
    public Segment segment() {
        if (segmentJson == null || segmentJson.isBlank()) {
            return Segment.EVERYONE;
        }
        try {
            return WireJson.mapper().readValue(segmentJson, Segment.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the segment of campaign " + id + " is unreadable", e);
        }
    }

    /**
     * Moves the campaign to {@code next}: a draft or paused campaign is scheduled (ACTIVE), an active one paused,
     * any but an ended one ended.
     *
     * @throws IllegalStateException for a move that makes no sense, with a message for the marketer
     */
    public void moveTo(Status next, String staffId, java.time.Instant now) {
        boolean allowed = switch (next) {
            case ACTIVE -> status == Status.DRAFT || status == Status.PAUSED;
            case PAUSED -> status == Status.ACTIVE;
            case ENDED -> status != Status.ENDED;
            case DRAFT -> false;
        };
        if (!allowed) {
            throw new dev.regulars.server.platform.Problem("campaign.error.move." + next.name(),
                    new dev.regulars.server.platform.Problem.Key("campaign.status." + status.name()));
        }
        status = next;
        updatedAt = now;
        updatedBy = staffId;
    }

    public java.time.Instant createdAt() {
        return createdAt;
    }

    public String id() {
        return id;
    }

    public String businessId() {
        return businessId;
    }

    public String name() {
        return name;
    }

    public CampaignKind kind() {
        return kind;
    }

    public Status status() {
        return status;
    }

    /** BIRTHDAY: how many days before the birthday the message goes. */
    public int daysBefore() {
        return daysBefore == null ? 0 : daysBefore;
    }

    /** WINBACK: no visit for this many days (null: only the interval rule). */
    public Integer lapsedDays() {
        return lapsedDays;
    }

    /** WINBACK: more than this many times (basis points: 20000 = 2x) the customer's usual interval (null: not used). */
    public Integer intervalFactorBp() {
        return intervalFactorBp;
    }

    public long bonusPoints() {
        return bonusPoints;
    }

    public int bonusValidDays() {
        return bonusValidDays;
    }

    /** The local time of day the occurrence starts, in the store's zone. */
    public LocalTime sendAt() {
        return sendAt;
    }

    /** A one-time campaign's date; null for a daily one. */
    public LocalDate onceOn() {
        return onceOn;
    }

    public QuietHours quietHours() {
        return new QuietHours(quietFrom, quietUntil);
    }

    public FrequencyCap cap() {
        return new FrequencyCap(capMessages, capDays);
    }

    /** The channels to try, in order. */
    public List<Channel> channelOrder() {
        return Arrays.stream(channels.split(",")).map(String::strip).map(Channel::valueOf).toList();
    }

    public int holdoutBp() {
        return holdoutBp;
    }

    /** The message per language (en, ru, nl), the first one the default. */
    public Map<String, Template> templates() {
        try {
            return WireJson.mapper().readValue(templatesJson, new TypeReference<LinkedHashMap<String, Template>>() {
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the templates of campaign " + id + " are unreadable", e);
        }
    }
}
