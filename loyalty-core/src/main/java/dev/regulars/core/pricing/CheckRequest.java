package dev.regulars.core.pricing;

import java.util.List;

/**
 * What the pricing of one check depends on besides the rules.
 *
 * @param tierName              the customer's tier (null: anonymous, earns nothing)
 * @param pointsWanted          what the customer asked to redeem (0 for none)
 * @param pointsAvailable       the balance the redemption may draw on (the cached one, at an offline till)
 * @param referralFirstPurchase the customer enrolled with a friend's code and this is their first paid purchase
 */
public record CheckRequest(List<CheckLine> lines, String tierName, long pointsWanted, long pointsAvailable,
                           boolean referralFirstPurchase) {

    public CheckRequest {
        lines = List.copyOf(lines);
        if (pointsWanted < 0) {
            throw new IllegalArgumentException("points to redeem must not be negative");
        }
    }

    public static CheckRequest anonymous(List<CheckLine> lines) {
        return new CheckRequest(lines, null, 0, 0, false);
    }

    public boolean hasCustomer() {
        return tierName != null;
    }
}
