package dev.regulars.server.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A customer's rating of one visit, keyed by the sale's id (one per receipt). It may come before its sale (the till
 * was offline); the store and customer are filled in when the sale is there.
 */
@Entity
@Table(name = "rating")
public class Rating {

    /** A second send within this time replaces the first; later the rating stands. */
    public static final Duration CHANGEABLE_FOR = Duration.ofHours(24);
    /** A rating whose sale never arrives is dropped after this. */
    public static final Duration KEPT_WITHOUT_SALE = Duration.ofDays(14);
    public static final int MAX_COMMENT = 1000;

    @Id
    @Column(name = "sale_id")
    private String saleId;
    private int stars;
    private String comment;
    private String language;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "business_id")
    private String businessId;
    @Column(name = "store_id")
    private String storeId;
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "attached_at")
    private Instant attachedAt;
    @Column(name = "callback_phone")
    private String callbackPhone;
    @Column(name = "callback_consent_at")
    private Instant callbackConsentAt;

    protected Rating() {
    }

    Rating(String saleId, int stars, String comment, String language, Instant at) {
        this.saleId = saleId;
        this.createdAt = at;
        change(stars, comment, language, at);
    }

    /** @throws IllegalArgumentException for stars outside 1 to 5 or a comment over {@link #MAX_COMMENT} */
    void change(int stars, String comment, String language, Instant at) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars are 1 to 5");
        }
        String text = comment == null ? null : withoutControls(comment).strip();
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (text != null && text.codePointCount(0, text.length()) > MAX_COMMENT) {
            throw new IllegalArgumentException("a comment has at most " + MAX_COMMENT + " characters");
        }
        this.stars = stars;
        this.comment = text;
        this.language = language;
        this.updatedAt = at;
    }

    /**
     * The comment without control characters (line breaks and tabs stay) and without the bidirectional overrides
     * that would turn the text around on the manager's screen.
     */
    static String withoutControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\n' || c == '\t' || (!Character.isISOControl(c)
                        && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069)))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Whether a send at {@code at} would still replace it. */
    public boolean changeableAt(Instant at) {
        return at.isBefore(createdAt.plus(CHANGEABLE_FOR));
    }

    /** The visit is known: whose it was and where. */
    void attach(String businessId, String storeId, String customerId, Instant at) {
        this.businessId = businessId;
        this.storeId = storeId;
        this.customerId = customerId;
        this.attachedAt = at;
    }

    /** An anonymous customer asked to be called back about a low rating, with explicit consent. */
    void callBackOn(String phoneE164, Instant consentAt) {
        this.callbackPhone = phoneE164;
        this.callbackConsentAt = consentAt;
    }

    public boolean isLow() {
        return stars <= 3;
    }

    public String saleId() {
        return saleId;
    }

    public int stars() {
        return stars;
    }

    public String comment() {
        return comment;
    }

    public String language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isAttached() {
        return attachedAt != null;
    }

    public String businessId() {
        return businessId;
    }

    public String storeId() {
        return storeId;
    }

    public String customerId() {
        return customerId;
    }

    public String callbackPhone() {
        return callbackPhone;
    }
}
