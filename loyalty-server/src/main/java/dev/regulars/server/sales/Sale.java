package dev.regulars.server.sales;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A sale as the server applied it: the server's own figures, and the till's where they differ, so a difference is
 * kept for a person to look at instead of being thrown away.
 */
@Entity
@Table(name = "sale")
public class Sale {

    @Id
    private String id;
    @Column(name = "terminal_id")
    private String terminalId;
    @Column(name = "store_id")
    private String storeId;
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "rung_up_at")
    private Instant rungUpAt;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "rules_version")
    private int rulesVersion;
    private String currency;
    @Column(name = "subtotal_minor")
    private long subtotalMinor;
    @Column(name = "cashier_id")
    private String cashierId;
    @Column(name = "check_discount_minor")
    private long checkDiscountMinor;
    @Column(name = "referral_discount_minor")
    private long referralDiscountMinor;
    @Column(name = "redeem_discount_minor")
    private long redeemDiscountMinor;
    @Column(name = "due_minor")
    private long dueMinor;
    @Column(name = "points_redeemed")
    private long pointsRedeemed;
    @Column(name = "points_earned")
    private long pointsEarned;
    @Column(name = "balance_after")
    private Long balanceAfter;
    @Column(name = "till_due_minor")
    private long tillDueMinor;
    @Column(name = "till_points_earned")
    private long tillPointsEarned;
    @Column(name = "figures_differ")
    private boolean figuresDiffer;
    private boolean overdraft;
    @Column(name = "enrolled_here")
    private boolean enrolledHere;
    private String discrepancy;
    @Column(name = "content_sha256")
    private String contentSha256;

    @ElementCollection
    @CollectionTable(name = "sale_line", joinColumns = @JoinColumn(name = "sale_id"))
    @OrderColumn(name = "line_no")
    private List<SaleLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "sale_payment", joinColumns = @JoinColumn(name = "sale_id"))
    @OrderColumn(name = "payment_no")
    private List<SalePayment> payments = new ArrayList<>();

    protected Sale() {
    }

    Sale(String id, String terminalId, String storeId, Instant rungUpAt, Instant receivedAt, int rulesVersion,
         String currency, String contentSha256) {
        this.id = id;
        this.terminalId = terminalId;
        this.storeId = storeId;
        this.rungUpAt = rungUpAt;
        this.receivedAt = receivedAt;
        this.rulesVersion = rulesVersion;
        this.currency = currency;
        this.contentSha256 = contentSha256;
    }

    /** The figures as booked, in minor units and points; see PricedCheck. */
    void priced(String customerId, long subtotal, long checkDiscount, long referralDiscount, long redeemDiscount,
                long due, long redeemed, long earned) {
        this.customerId = customerId;
        this.subtotalMinor = subtotal;
        this.checkDiscountMinor = checkDiscount;
        this.referralDiscountMinor = referralDiscount;
        this.redeemDiscountMinor = redeemDiscount;
        this.dueMinor = due;
        this.pointsRedeemed = redeemed;
        this.pointsEarned = earned;
    }

    /**
     * What the till printed, and every point where the server sees the sale differently (in words for a manager;
     * the first 1000 characters are kept).
     */
    void tillFigures(long tillDue, long tillEarned, List<String> differences) {
        this.tillDueMinor = tillDue;
        this.tillPointsEarned = tillEarned;
        this.figuresDiffer = tillDue != dueMinor || tillEarned != pointsEarned || !differences.isEmpty();
        String text = String.join("; ", differences);
        this.discrepancy = text.isEmpty() ? null : text.length() > 1000 ? text.substring(0, 999) + "…" : text;
    }

    /** The customer was enrolled at the till with this sale (the enrollment rate per cashier counts it). */
    void enrolledHere() {
        this.enrolledHere = true;
    }

    /** Who rang the sale up, as the till said (a cashier of the store, or null). */
    void cashier(String cashierId) {
        this.cashierId = cashierId;
    }

    void balanceAfter(long balance) {
        this.balanceAfter = balance;
    }

    public Long balanceAfter() {
        return balanceAfter;
    }

    void flagOverdraft() {
        this.overdraft = true;
    }

    List<SaleLine> lines() {
        return lines;
    }

    static final List<String> COLUMNS = List.of("id", "terminal_id", "store_id", "customer_id", "rung_up_at",
            "received_at", "rules_version", "currency", "cashier_id", "subtotal_minor", "check_discount_minor",
            "referral_discount_minor", "redeem_discount_minor", "due_minor", "points_redeemed", "points_earned",
            "balance_after", "till_due_minor", "till_points_earned", "figures_differ", "overdraft", "discrepancy",
            "content_sha256", "enrolled_here");

    /** The sale as a row of the sale table, in {@link #COLUMNS} order. */
    Object[] row() {
        return new Object[] {id, terminalId, storeId, customerId, rungUpAt, receivedAt, rulesVersion, currency,
                cashierId, subtotalMinor, checkDiscountMinor, referralDiscountMinor, redeemDiscountMinor, dueMinor,
                pointsRedeemed, pointsEarned, balanceAfter, tillDueMinor, tillPointsEarned, figuresDiffer, overdraft,
                discrepancy, contentSha256, enrolledHere};
    }

    /** The sale's figures as the server priced them. */
    public dev.regulars.core.pricing.PricedCheck priced() {
        return new dev.regulars.core.pricing.PricedCheck(subtotalMinor, referralDiscountMinor, pointsRedeemed,
                redeemDiscountMinor, dueMinor, pointsEarned, null, checkDiscountMinor, 0, List.of());
    }

    /** When the sale was rung up, as far as the till's clock could be believed (TillClock). */
    public Instant rungUpAt() {
        return rungUpAt;
    }

    public int rulesVersion() {
        return rulesVersion;
    }

    public String storeId() {
        return storeId;
    }

    List<SalePayment> payments() {
        return payments;
    }

    public String id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public long pointsEarned() {
        return pointsEarned;
    }

    public long pointsRedeemed() {
        return pointsRedeemed;
    }

    public boolean figuresDiffer() {
        return figuresDiffer;
    }
}
