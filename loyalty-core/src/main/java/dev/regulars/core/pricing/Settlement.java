package dev.regulars.core.pricing;

import java.util.List;

/**
 * A charged check as the server books it.
 *
 * @param figures               the money exactly as the till charged it (minor units) and the points: redeemed as
 *                              the till took them, earned by the server's rules on the money paid
 * @param referralDiscountTaken the till gave the friend's discount and the server grants it: it is now used up
 * @param differences           every point where the server sees the sale differently from the till, in words for
 *                              a manager; empty when the two agree
 */
public record Settlement(PricedCheck figures, boolean referralDiscountTaken, List<String> differences) {

    public Settlement {
        differences = List.copyOf(differences);
    }

    public boolean agrees() {
        return differences.isEmpty();
    }
}
