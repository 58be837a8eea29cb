package dev.regulars.server.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A regular of one business, known by phone. The points balance is materialized here and only ever changed by
 * the Ledger together with the entry that explains it.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    private String id;
    @Column(name = "business_id")
    private String businessId;
    @Column(name = "phone_e164")
    private String phoneE164;
    @Column(name = "phone_hmac")
    private String phoneHmac;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    @Column(name = "birthday_month")
    private Integer birthdayMonth;
    @Column(name = "birthday_day")
    private Integer birthdayDay;
    private String tier;
    @Column(name = "referral_code")
    private String referralCode;
    @Column(name = "invited_by")
    private String invitedBy;
    @Column(name = "referral_discount_due")
    private boolean referralDiscountDue;
    @Column(name = "merged_into")
    private String mergedInto;
    @Column(name = "points_balance")
    private long pointsBalance;
    private int visits;
    @Column(name = "total_spend_minor")
    private long totalSpendMinor;
    @Column(name = "first_visit_at")
    private Instant firstVisitAt;
    @Column(name = "last_visit_at")
    private Instant lastVisitAt;
    @Column(name = "last_store_id")
    private String lastStoreId;
    private String email;
    private String language;
    @Column(name = "enrolled_at")
    private Instant enrolledAt;
    @Column(name = "change_seq")
    private long changeSeq;
    @Column(name = "erased_at")
    private Instant erasedAt;

    protected Customer() {
    }

    /**
     * A new customer. Their consents are not here: CustomerDirectory records them per channel (customer_consent),
     * the one place every reader (campaign audiences and segments, messaging, the card page) asks.
     */
    public Customer(String businessId, String phoneE164, String phoneHmac, String firstName, Instant enrolledAt) {
        this.id = UUID.randomUUID().toString();
        this.businessId = businessId;
        this.phoneE164 = phoneE164;
        this.phoneHmac = phoneHmac;
        this.firstName = firstName;
        this.enrolledAt = enrolledAt;
    }

    /** Counts a paid visit at {@code storeId} into the customer's statistics. */
    public void recordVisit(Instant at, long spentMinor, String storeId) {
        visits++;
        totalSpendMinor = Math.addExact(totalSpendMinor, spentMinor);
        if (firstVisitAt == null || at.isBefore(firstVisitAt)) {
            firstVisitAt = at;
        }
        if (lastVisitAt == null || at.isAfter(lastVisitAt)) {
            lastVisitAt = at;
            lastStoreId = storeId;
        }
    }

    /** The language messages to the customer are written in (en, ru, nl), null when not known. */
    public String language() {
        return language;
    }

    /** The address for e-mail messages, null when not given. */
    public String email() {
        return email;
    }

    /**
     * @param email an address as typed, or blank to remove it
     * @throws IllegalArgumentException for something that is not an e-mail address
     */
    public void email(String email) {
        String clean = email == null ? "" : email.strip();
        if (clean.isEmpty()) {
            this.email = null;
            return;
        }
        if (!dev.regulars.server.platform.EmailAddresses.isValid(clean)) {
            throw new dev.regulars.server.platform.Problem("error.notAnEmail", clean);
        }
        this.email = clean;
    }

    /** The languages messages to customers are written in. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "ru", "nl");

    /** @throws IllegalArgumentException for a language messages are not written in */
    public void language(String language) {
        if (language != null && !LANGUAGES.contains(language)) {
            throw new dev.regulars.server.platform.Problem("error.language", language);
        }
        this.language = language;
    }

    /** Money given back on a refund no longer counts as spent. */
    public void recordRefund(long moneyBackMinor) {
        totalSpendMinor = Math.subtractExact(totalSpendMinor, moneyBackMinor);
    }

    /** Only the Ledger calls this, together with the entry that explains the change. */
    public void changeBalance(long points) {
        pointsBalance = Math.addExact(pointsBalance, points);
    }

    public void lastName(String lastName) {
        this.lastName = lastName;
    }

    public String lastName() {
        return lastName;
    }

    public void birthday(java.time.MonthDay birthday) {
        this.birthdayMonth = birthday == null ? null : birthday.getMonthValue();
        this.birthdayDay = birthday == null ? null : birthday.getDayOfMonth();
    }

    public java.util.Optional<java.time.MonthDay> birthday() {
        return birthdayMonth == null ? java.util.Optional.empty()
                : java.util.Optional.of(java.time.MonthDay.of(birthdayMonth, birthdayDay));
    }

    public void placeInTier(String tierName) {
        this.tier = tierName;
    }

    public void assignReferralCode(String code) {
        if (referralCode == null) {
            referralCode = code;
        }
    }

    /** A friend's code was accepted at enrollment: the first paid purchase gets the friend's discount. */
    public void invitedBy(String inviterId) {
        this.invitedBy = inviterId;
        this.referralDiscountDue = true;
    }

    /** The first paid purchase took the friend's discount. */
    public void referralDiscountUsed() {
        this.referralDiscountDue = false;
    }

    /** This record is the same person as {@code survivor}: its visits and spend count there from now on. */
    public void mergeInto(Customer survivor) {
        this.mergedInto = survivor.id;
        survivor.visits += visits;
        survivor.totalSpendMinor = Math.addExact(survivor.totalSpendMinor, totalSpendMinor);
        if (firstVisitAt != null && (survivor.firstVisitAt == null || firstVisitAt.isBefore(survivor.firstVisitAt))) {
            survivor.firstVisitAt = firstVisitAt;
        }
        if (lastVisitAt != null && (survivor.lastVisitAt == null || lastVisitAt.isAfter(survivor.lastVisitAt))) {
            survivor.lastVisitAt = lastVisitAt;
            survivor.lastStoreId = lastStoreId;
        }
        if (survivor.lastName == null) {
            survivor.lastName = lastName;
        }
        if (survivor.firstName == null) {
            survivor.firstName = firstName;
        }
    }

    /**
     * "Delete my data": everything that identifies the person goes (phone and its hash, names, birthday, e-mail,
     * language, referral code); what the books need stays (balance, visits, spend, tier). The caller removes the
     * cards, consents (customer_consent) and links, and marks the record changed so tills forget it.
     */
    public void erase(Instant at) {
        phoneE164 = null;
        phoneHmac = null;
        firstName = null;
        lastName = null;
        birthdayMonth = null;
        birthdayDay = null;
        email = null;
        language = null;
        referralCode = null;
        referralDiscountDue = false;
        erasedAt = at;
    }

    /** Whether the person had their data deleted (see {@link #erase}). */
    public boolean isErased() {
        return erasedAt != null;
    }

    public String mergedInto() {
        return mergedInto;
    }

    /** The columns a sale changes, in the order of {@link #activityRow()}; the first is the id. */
    static final java.util.List<String> ACTIVITY_COLUMNS = java.util.List.of("id", "points_balance", "visits",
            "total_spend_minor", "first_visit_at", "last_visit_at", "last_store_id", "tier", "referral_discount_due", "change_seq");

    /** What a sale changes on the customer, as values of {@link #ACTIVITY_COLUMNS}. */
    Object[] activityRow() {
        return new Object[] {id, pointsBalance, visits, totalSpendMinor, firstVisitAt, lastVisitAt, lastStoreId, tier,
                referralDiscountDue, changeSeq};
    }

    public void markChanged(long changeSeq) {
        this.changeSeq = changeSeq;
    }

    public String id() {
        return id;
    }

    public String businessId() {
        return businessId;
    }

    public String phoneE164() {
        return phoneE164;
    }

    public String phoneHmac() {
        return phoneHmac;
    }

    public String firstName() {
        return firstName;
    }

    public long pointsBalance() {
        return pointsBalance;
    }

    public String tier() {
        return tier;
    }

    public String referralCode() {
        return referralCode;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public boolean referralDiscountDue() {
        return referralDiscountDue;
    }

    public long changeSeq() {
        return changeSeq;
    }

    /** Visits, spend, average check and usual interval, as loyalty-core computes them. */
    public dev.regulars.core.visits.VisitStats visitStats() {
        return new dev.regulars.core.visits.VisitStats(visits, totalSpendMinor, firstVisitAt, lastVisitAt);
    }

    /** The store of the last visit, null before the first. */
    public String lastStoreId() {
        return lastStoreId;
    }

    public int visits() {
        return visits;
    }

    public long totalSpendMinor() {
        return totalSpendMinor;
    }
}
