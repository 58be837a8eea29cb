package dev.regulars.core.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A till's closed shift with its Z report, as the till journalled it and pushes it to the server
 * ({@code POST /api/v1/sync/shifts}). Amounts in minor units of {@code currency}; points in points. The till's
 * figures are facts of the counter (the cash count above all); the server keeps them as they came.
 *
 * @param shiftId         made at the till; the server keeps each id once
 * @param openingCashMinor the cash in the drawer when the shift opened
 * @param countedCashMinor the cash counted at the close
 * @param report           the Z report's figures
 * @param chain            the till journal's chain head with this Z report in it (printed on the Z report, kept by
 *                         the server as an anchor: records cut off the journal's end show against it); null before
 *                         the journal chained the report and for Z reports of tills older than the head
 */
public record ShiftRecord(UUID shiftId, String currency, Instant openedAt, UUID openedBy, long openingCashMinor,
                          Instant closedAt, UUID closedBy, long countedCashMinor, ShiftFigures report,
                          ChainHead chain) {

    /** A shift's record before the journal chained it (no head yet). */
    public ShiftRecord(UUID shiftId, String currency, Instant openedAt, UUID openedBy, long openingCashMinor,
                       Instant closedAt, UUID closedBy, long countedCashMinor, ShiftFigures report) {
        this(shiftId, currency, openedAt, openedBy, openingCashMinor, closedAt, closedBy, countedCashMinor, report,
                null);
    }

    /** This record with the journal's chain head. */
    public ShiftRecord withChain(ChainHead head) {
        return new ShiftRecord(shiftId, currency, openedAt, openedBy, openingCashMinor, closedAt, closedBy,
                countedCashMinor, report, head);
    }

    /**
     * The head of a till journal's tamper-evident chain at a Z report, the report's own link included.
     *
     * @param hash        the newest link's SHA-256, 64 lower-case hex digits
     * @param links       links in the chain up to and including this one (sales, refunds, shift openings, Z reports)
     * @param lastReceipt the highest receipt number journalled by then; 0 before the first sale
     */
    public record ChainHead(String hash, long links, long lastReceipt) {

        /** The short form printed on paper: the hash's first 16 hex digits (64 bits). */
        public String shortHash() {
            return hash.substring(0, Math.min(16, hash.length()));
        }
    }

    /**
     * What a shift took, gave and moved.
     *
     * @param sales               sales rung up
     * @param refunds             refunds given
     * @param takingsMinor        what the sales were paid with money (their amounts due)
     * @param cashMinor           of which in cash (kept, change deducted)
     * @param cardMinor           of which by card
     * @param refundedCashMinor   money given back in cash
     * @param refundedCardMinor   money given back to cards
     * @param cashierDiscountsMinor the cashiers' discounts on lines and checks
     * @param referralDiscountsMinor friends' discounts
     * @param pointsDiscountMinor what points paid
     * @param pointsEarned        points the sales earned (welcome bonuses included)
     * @param pointsRedeemed      points the sales took
     * @param expectedCashMinor   opening cash + cash taken - cash given back
     * @param vat                 VAT per rate of what was taken, lowest rate first
     * @param cashiers            per cashier: sales, identified sales (a customer named), enrollments
     * @param noSales             how often the drawer was opened without a sale (the owner's eye on the drawer);
     *                            left out of the JSON when 0 and read as 0 when missing, so reports journalled
     *                            before it read and hash as they did
     */
    public record ShiftFigures(int sales, int refunds, long takingsMinor, long cashMinor, long cardMinor,
                               long refundedCashMinor, long refundedCardMinor, long cashierDiscountsMinor,
                               long referralDiscountsMinor, long pointsDiscountMinor, long pointsEarned,
                               long pointsRedeemed, long expectedCashMinor, List<VatLine> vat,
                               List<CashierLine> cashiers,
                               @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer noSales) {

        public ShiftFigures {
            vat = vat == null ? List.of() : List.copyOf(vat);
            cashiers = cashiers == null ? List.of() : List.copyOf(cashiers);
            noSales = noSales == null ? 0 : noSales;
        }

        /** These figures with the drawer's openings without a sale. */
        public ShiftFigures withNoSales(int count) {
            return new ShiftFigures(sales, refunds, takingsMinor, cashMinor, cardMinor, refundedCashMinor,
                    refundedCardMinor, cashierDiscountsMinor, referralDiscountsMinor, pointsDiscountMinor,
                    pointsEarned, pointsRedeemed, expectedCashMinor, vat, cashiers, count);
        }
    }

    /**
     * VAT of one rate: basis points, gross (VAT included) and the VAT in it, on the shift's net takings: sales less
     * refunds at that rate (since issue 10; the VAT return declares net turnover per rate). May be negative for a
     * shift that gave back more than it sold at a rate.
     */
    public record VatLine(int rateBp, long grossMinor, long vatMinor) {
    }

    /** One cashier's part of the shift; {@code cashierId} null for sales rung up without a login. */
    public record CashierLine(UUID cashierId, String name, int sales, int identified, int enrollments) {
    }
}
