package dev.regulars.core.rules;

import dev.regulars.core.money.BasisPoints;

/**
 * The loyalty program of one business, as data. A sale is priced with the version it was rung up under, so a
 * rules change on the server never changes a receipt already printed.
 *
 * @param version         increases with every change
 * @param earnRate        points earned per minor unit paid with money
 * @param maxRedeemShare  the largest share of a check that points may pay
 * @param pointValueMinor how many minor units one point is worth when redeemed
 */
public record ProgramRules(int version, BasisPoints earnRate, BasisPoints maxRedeemShare, long pointValueMinor) {

    public ProgramRules {
        if (version < 1) {
            throw new IllegalArgumentException("rules version starts at 1");
        }
        if (earnRate == null || maxRedeemShare == null) {
            throw new IllegalArgumentException("earn rate and redeem share are required");
        }
        if (pointValueMinor < 1) {
            throw new IllegalArgumentException("a point is worth at least one minor unit");
        }
    }
}
