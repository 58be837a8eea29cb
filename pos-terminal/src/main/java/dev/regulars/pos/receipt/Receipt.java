package dev.regulars.pos.receipt;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.pricing.VatAmount;
import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;

/**
 * What a receipt says, once: the printed (ESC/POS), archived (PDF) and on-screen receipts are renderings of this
 * record through {@link ReceiptLayout}. Amounts are minor units of {@code currency}; points are points.
 *
 * @param kind          a sale, or a refund of one (amounts then count what goes back)
 * @param number        the receipt number, unique at this till
 * @param issuedAt      when the sale was rung up, in the store's zone
 * @param copy          a reprint: marked as a copy so it is never taken for a second sale
 * @param loyalty       the customer's points; null for an anonymous sale
 * @param ratingUrl     the link of the rating QR ({public URL}/r/{token}); null when the till knows no public URL
 */
public record Receipt(Kind kind, ReceiptStore store, String number, ZonedDateTime issuedAt, String tillName,
                      String cashierName, Currency currency, List<Line> lines, Totals totals, List<VatAmount> vat,
                      List<Payment> payments, Loyalty loyalty, String ratingUrl, boolean copy) {

    public Receipt {
        lines = List.copyOf(lines);
        vat = List.copyOf(vat);
        payments = List.copyOf(payments);
    }

    public enum Kind { SALE, REFUND }

    /**
     * An item: {@code quantity} times {@code unitMinor} (modifiers included), less {@code discountMinor}, is
     * {@code totalMinor}.
     *
     * @param modifiers the options chosen, as printed ("Size: Large +0.50" is made by the layout)
     */
    public record Line(String name, int quantity, long unitMinor, List<ModifierLine> modifiers, long discountMinor,
                       long totalMinor, BasisPoints vatRate) {

        public Line {
            modifiers = List.copyOf(modifiers);
        }
    }

    /** A modifier of a line, with its price delta per unit (0: included). */
    public record ModifierLine(String label, long priceDeltaMinor) {
    }

    /**
     * The check's totals: {@code total = subtotal - checkDiscount - referralDiscount - pointsDiscount}.
     *
     * @param subtotalMinor the lines, each after its own discount
     */
    public record Totals(long subtotalMinor, long checkDiscountMinor, long referralDiscountMinor,
                         long pointsDiscountMinor, long totalMinor) {
    }

    /** A tender: cash handed over ({@code tenderedMinor}) gives change; a card pays exactly. */
    public record Payment(PaymentMethod method, long amountMinor, long tenderedMinor) {

        public long changeMinor() {
            return tenderedMinor - amountMinor;
        }
    }

    /**
     * The customer's points on this receipt.
     *
     * @param balanceAfter the balance after this sale as the till knows it; null when it cannot tell
     */
    public record Loyalty(String firstName, long pointsRedeemed, long pointsEarned, long welcomeBonus,
                          Long balanceAfter) {
    }

    /** The same receipt marked as a copy, for a reprint. */
    public Receipt asCopy() {
        return new Receipt(kind, store, number, issuedAt, tillName, cashierName, currency, lines, totals, vat,
                payments, loyalty, ratingUrl, true);
    }
}
