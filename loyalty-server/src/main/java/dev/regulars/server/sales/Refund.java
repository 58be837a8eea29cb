package dev.regulars.server.sales;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A refund as the server applied it, with the server's figures and whether the till's differed. */
@Entity
@Table(name = "refund")
public class Refund {

    @Id
    private String id;
    @Column(name = "sale_id")
    private String saleId;
    @Column(name = "terminal_id")
    private String terminalId;
    @Column(name = "refunded_at")
    private Instant refundedAt;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "refunded_subtotal_minor")
    private long refundedSubtotalMinor;
    @Column(name = "money_back_minor")
    private long moneyBackMinor;
    @Column(name = "points_earned_taken_back")
    private long pointsEarnedTakenBack;
    @Column(name = "points_redeemed_returned")
    private long pointsRedeemedReturned;
    @Column(name = "balance_after")
    private Long balanceAfter;
    private boolean overdraft;
    @Column(name = "figures_differ")
    private boolean figuresDiffer;
    @Column(name = "content_sha256")
    private String contentSha256;
    @Column(name = "paid_back_by")
    private String paidBackBy;
    @Column(name = "cashier_id")
    private String cashierId;
    @Column(name = "approved_by")
    private String approvedBy;

    @ElementCollection
    @CollectionTable(name = "refund_line", joinColumns = @JoinColumn(name = "refund_id"))
    @OrderColumn(name = "seq")
    private List<Line> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "refund_payment", joinColumns = @JoinColumn(name = "refund_id"))
    @OrderColumn(name = "seq")
    private List<PaidBack> paidBack = new ArrayList<>();

    /** Part of the money back: the method (CASH, CARD) and the amount in minor units. */
    @Embeddable
    public static class PaidBack {
        private String method;
        @Column(name = "amount_minor")
        private long amountMinor;

        protected PaidBack() {
        }

        PaidBack(String method, long amountMinor) {
            this.method = method;
            this.amountMinor = amountMinor;
        }

        String method() {
            return method;
        }

        long amountMinor() {
            return amountMinor;
        }
    }

    /** A sale line (1-based) and how many of it went back. */
    @Embeddable
    public static class Line {
        @Column(name = "line_no")
        private int lineNo;
        private int quantity;

        protected Line() {
        }

        Line(int lineNo, int quantity) {
            this.lineNo = lineNo;
            this.quantity = quantity;
        }

        int lineNo() {
            return lineNo;
        }

        int quantity() {
            return quantity;
        }
    }

    protected Refund() {
    }

    /** How the money went back and who gave it, as the till said (nulls from older tills). */
    void people(String paidBackBy, String cashierId, String approvedBy) {
        this.paidBackBy = paidBackBy;
        this.cashierId = cashierId;
        this.approvedBy = approvedBy;
    }

    /** The money back by method as the till split it; empty from tills that did not record a split. */
    List<PaidBack> paidBack() {
        return paidBack;
    }

    Refund(String id, String saleId, String terminalId, Instant refundedAt, Instant receivedAt, String contentSha256) {
        this.id = id;
        this.saleId = saleId;
        this.terminalId = terminalId;
        this.refundedAt = refundedAt;
        this.receivedAt = receivedAt;
        this.contentSha256 = contentSha256;
    }

    void figures(long refundedSubtotal, long moneyBack, long earnedTakenBack, long redeemedReturned) {
        this.refundedSubtotalMinor = refundedSubtotal;
        this.moneyBackMinor = moneyBack;
        this.pointsEarnedTakenBack = earnedTakenBack;
        this.pointsRedeemedReturned = redeemedReturned;
    }

    void balanceAfter(Long balance, boolean overdraft) {
        this.balanceAfter = balance;
        this.overdraft = overdraft;
    }

    void tillFiguresDiffer(boolean differ) {
        this.figuresDiffer = differ;
    }

    List<Line> lines() {
        return lines;
    }

    String contentSha256() {
        return contentSha256;
    }

    long refundedSubtotalMinor() {
        return refundedSubtotalMinor;
    }

    long moneyBackMinor() {
        return moneyBackMinor;
    }

    long pointsEarnedTakenBack() {
        return pointsEarnedTakenBack;
    }

    long pointsRedeemedReturned() {
        return pointsRedeemedReturned;
    }

    Long balanceAfter() {
        return balanceAfter;
    }

    String saleId() {
        return saleId;
    }
}
