package dev.regulars.pos.sale;

import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import dev.regulars.core.words.KeyedRefusal;
import java.util.List;

/**
 * One way part of a check was paid, in minor units. Cash may be handed over in excess ({@code tenderedMinor}) and
 * gives change; a card is charged exactly its amount on the separate card terminal.
 *
 * @param amountMinor   what this tender pays of the check, &gt; 0
 * @param tenderedMinor what the customer handed over (cash) or the card was charged; &gt;= amount
 */
public record Tender(PaymentMethod method, long amountMinor, long tenderedMinor) {

    public Tender {
        if (method == null) {
            throw new KeyedRefusal("Choose cash or card", "tender.noMethod");
        }
        if (amountMinor <= 0) {
            throw new KeyedRefusal("A payment must be more than zero", "tender.notPositive");
        }
        if (tenderedMinor < amountMinor) {
            throw lessThanDue();
        }
        if (method != PaymentMethod.CASH && tenderedMinor != amountMinor) {
            throw new KeyedRefusal("A card pays exactly its amount", "tender.cardExact");
        }
    }

    public static Tender card(long amountMinor) {
        return new Tender(PaymentMethod.CARD, amountMinor, amountMinor);
    }

    public static Tender cash(long amountMinor, long tenderedMinor) {
        return new Tender(PaymentMethod.CASH, amountMinor, tenderedMinor);
    }

    /** Change to hand back: only cash gives any. */
    public long changeMinor() {
        return tenderedMinor - amountMinor;
    }

    /**
     * @throws KeyedRefusal ("tender.short", "tender.tooMuch") with words for the cashier unless the tenders pay
     *                      exactly {@code dueMinor}
     */
    static void checkCovers(List<Tender> tenders, long dueMinor) {
        long paid = 0;
        for (Tender t : tenders) {
            paid = Math.addExact(paid, t.amountMinor());
        }
        if (paid < dueMinor) {
            throw lessThanDue();
        }
        if (paid > dueMinor) {
            throw new KeyedRefusal("The payments add up to more than the amount due", "tender.tooMuch");
        }
    }

    private static KeyedRefusal lessThanDue() {
        return new KeyedRefusal("The cash given is less than the amount due", "tender.short");
    }
}
