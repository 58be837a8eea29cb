package dev.regulars.core.pricing;

import dev.regulars.core.rules.Discount;
import java.util.List;

/**
 * What the pricing of one check depends on besides the rules.
 *
 * @param tierName              the customer's tier (null: anonymous, earns nothing)
 * @param pointsWanted          what the customer asked to redeem (0 for none)
 * @param pointsAvailable       the balance the redemption may draw on (the cached one, at an offline till)
 * @param referralFirstPurchase the customer enrolled with a friend's code and this is their first paid purchase
 * @param checkDiscount         the cashier's discount on the whole check ({@link Discount#NONE} for none)
 */
public record CheckRequest(List<CheckLine> lines, String tierName, long pointsWanted, long pointsAvailable,
                           boolean referralFirstPurchase, Discount checkDiscount) {

    public CheckRequest {
        lines = List.copyOf(lines);
        if (pointsWanted < 0) {
            throw new IllegalArgumentException("points to redeem must not be negative");
        }
        checkDiscount = checkDiscount == null ? Discount.NONE : checkDiscount;
    }

    /** Without a discount on the whole check. */
    public CheckRequest(List<CheckLine> lines, String tierName, long pointsWanted, long pointsAvailable,
                        boolean referralFirstPurchase) {
        this(lines, tierName, pointsWanted, pointsAvailable, referralFirstPurchase, Discount.NONE);
    }

    public static CheckRequest anonymous(List<CheckLine> lines) {
        return new CheckRequest(lines, null, 0, 0, false);
    }

    /** The same check without a customer, keeping the cashier's discount. */
    public static CheckRequest anonymous(List<CheckLine> lines, Discount checkDiscount) {
        return new CheckRequest(lines, null, 0, 0, false, checkDiscount);
    }

    public boolean hasCustomer() {
        return tierName != null;
    }
}
