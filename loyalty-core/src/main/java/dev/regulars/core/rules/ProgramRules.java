package dev.regulars.core.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.regulars.core.money.BasisPoints;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The loyalty program of one business, as data. A sale is priced with the version it was rung up under, so a
 * rules change on the server never changes a receipt already printed.
 *
 * @param version               increases with every change
 * @param tiers                 by trailing-12-month spend, the first from 0; each with its earn rate
 * @param pointValueMinor       how many minor units one point is worth when redeemed
 * @param maxRedeemShare        the largest share of a check that points may pay
 * @param minCheckToRedeemMinor a check must be at least this for points to pay part of it
 * @param minBalanceToRedeem    a customer needs at least this many points to start redeeming
 * @param welcomeBonusPoints    given once, when a customer enrolls
 * @param expiryMonths          points expire this many months after they were earned (0: never)
 * @param referral              the referral program (ReferralRules.NONE: none)
 * @param birthday              the birthday bonus the birthday campaign grants (BirthdayBonus.NONE: none; rules
 *                              stored before it existed read as none)
 */
public record ProgramRules(int version, List<Tier> tiers, long pointValueMinor, BasisPoints maxRedeemShare,
                           long minCheckToRedeemMinor, long minBalanceToRedeem, long welcomeBonusPoints,
                           int expiryMonths, ReferralRules referral, BirthdayBonus birthday) {

    public ProgramRules {
        if (version < 1) {
            throw new IllegalArgumentException("rules version starts at 1");
        }
        if (tiers == null || tiers.isEmpty()) {
            throw new IllegalArgumentException("a program has at least one tier");
        }
        tiers = List.copyOf(tiers);
        if (tiers.get(0).minSpendMinor() != 0) {
            throw new IllegalArgumentException("the first tier starts at a spend of 0");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tiers.size(); i++) {
            if (!names.add(tiers.get(i).name())) {
                throw new IllegalArgumentException("two tiers are called " + tiers.get(i).name());
            }
            if (i > 0 && tiers.get(i).minSpendMinor() <= tiers.get(i - 1).minSpendMinor()) {
                throw new IllegalArgumentException("tier thresholds must increase: " + tiers.get(i).name());
            }
        }
        if (maxRedeemShare == null) {
            throw new IllegalArgumentException("a redeem share is required");
        }
        if (pointValueMinor < 1) {
            throw new IllegalArgumentException("a point is worth at least one minor unit");
        }
        if (minCheckToRedeemMinor < 0 || minBalanceToRedeem < 0 || welcomeBonusPoints < 0 || expiryMonths < 0) {
            throw new IllegalArgumentException("minimums, welcome bonus and expiry must not be negative");
        }
        if (referral == null) {
            throw new IllegalArgumentException("referral rules are required (ReferralRules.NONE for none)");
        }
        if (birthday == null) {
            birthday = BirthdayBonus.NONE;
        }
    }

    /** One tier earning {@code earnRate}, no minimums, no welcome bonus, no expiry, no referrals. */
    public static ProgramRules basic(int version, BasisPoints earnRate, BasisPoints maxRedeemShare,
                                     long pointValueMinor) {
        return new ProgramRules(version, List.of(new Tier("Member", 0, earnRate)), pointValueMinor, maxRedeemShare,
                0, 0, 0, 0, ReferralRules.NONE, BirthdayBonus.NONE);
    }

    /** The tier a customer with this trailing-12-month spend belongs to. */
    public Tier tierFor(long trailingSpendMinor) {
        Tier tier = tiers.get(0);
        for (Tier candidate : tiers) {
            if (trailingSpendMinor >= candidate.minSpendMinor()) {
                tier = candidate;
            }
        }
        return tier;
    }

    /**
     * What {@code points} are worth when redeemed, in minor units: the one place a number of points becomes money
     * (a check's points discount, the points a till offers, the owner's liability for points not yet spent).
     *
     * @throws ArithmeticException when the worth does not fit a long
     */
    public long worthMinor(long points) {
        return Math.multiplyExact(points, pointValueMinor);
    }

    /** The tier of that name; the first tier when the name is unknown (a till with older rules). */
    public Tier tierNamed(String name) {
        return tiers.stream().filter(t -> t.name().equals(name)).findFirst().orElse(tiers.get(0));
    }

    @JsonIgnore
    public Tier entryTier() {
        return tiers.get(0);
    }
}
