package dev.regulars.server.stores;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.rules.BirthdayBonus;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.rules.ReferralRules;
import dev.regulars.core.rules.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What a new version of the program changes against the one before, as texts of the admin (keys
 * {@code program.change.*} with their arguments): the version history shows them in the reader's language, the
 * audit keeps them in English. Amounts are written in major units with the currency's code, rates in percent.
 */
public final class ProgramDiff {

    /** One change: the admin text {@code key} filled with {@code args}. */
    public record Change(String key, List<Object> args) {
        public Change(String key, Object... args) {
            this(key, List.of(args));
        }
    }

    private ProgramDiff() {
    }

    /** The changes from {@code before} to {@code after}, tiers first; empty when the two say the same. */
    public static List<Change> between(ProgramRules before, ProgramRules after, Currency currency) {
        List<Change> changes = new ArrayList<>();
        for (Tier tier : after.tiers()) {
            Tier old = before.tiers().stream().filter(t -> t.name().equals(tier.name())).findFirst().orElse(null);
            if (old == null) {
                changes.add(new Change("program.change.tierAdded", tier.name(), money(tier.minSpendMinor(), currency),
                        percent(tier.earnRate())));
                continue;
            }
            if (old.minSpendMinor() != tier.minSpendMinor()) {
                changes.add(new Change("program.change.tierFrom", tier.name(), money(old.minSpendMinor(), currency),
                        money(tier.minSpendMinor(), currency)));
            }
            if (!old.earnRate().equals(tier.earnRate())) {
                changes.add(new Change("program.change.tierEarn", tier.name(), percent(old.earnRate()),
                        percent(tier.earnRate())));
            }
        }
        before.tiers().stream().filter(t -> after.tiers().stream().noneMatch(n -> n.name().equals(t.name())))
                .forEach(t -> changes.add(new Change("program.change.tierRemoved", t.name())));
        figure(changes, "program.change.pointValue", money(before.pointValueMinor(), currency),
                money(after.pointValueMinor(), currency));
        figure(changes, "program.change.maxRedeemShare", percent(before.maxRedeemShare()),
                percent(after.maxRedeemShare()));
        figure(changes, "program.change.minCheck", money(before.minCheckToRedeemMinor(), currency),
                money(after.minCheckToRedeemMinor(), currency));
        figure(changes, "program.change.minBalance", before.minBalanceToRedeem(), after.minBalanceToRedeem());
        figure(changes, "program.change.welcome", before.welcomeBonusPoints(), after.welcomeBonusPoints());
        figure(changes, "program.change.expiry", before.expiryMonths(), after.expiryMonths());
        BirthdayBonus b0 = before.birthday();
        BirthdayBonus b1 = after.birthday();
        if (!b0.equals(b1)) {
            changes.add(new Change("program.change.birthday", b0.points(), b0.validDays(), b1.points(),
                    b1.validDays()));
        }
        if (!before.referral().equals(after.referral())) {
            changes.add(new Change("program.change.referral", referral(before.referral(), currency),
                    referral(after.referral(), currency)));
        }
        return changes;
    }

    private static void figure(List<Change> changes, String key, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(key, before, after));
        }
    }

    /** "20 % (at most 3.00 EUR) / 100 pts after 14 d / 3 a day, 10 a month", or "—" when there is none. */
    private static String referral(ReferralRules r, Currency currency) {
        if (!r.isEnabled()) {
            return "—";
        }
        Discount d = r.friendDiscount();
        String discount = d.isNone() ? "0" : d.kind() == Discount.Kind.PERCENT
                ? percent(d.percent()) + (d.capMinor() > 0 ? " (≤ " + money(d.capMinor(), currency) + ")" : "")
                : money(d.fixedMinor(), currency);
        return discount + " / " + r.inviterBonusPoints() + " pts, " + r.inviterBonusAfterDays() + " d / "
                + r.maxPerInviterPerDay() + " : " + r.maxPerInviterPerMonth();
    }

    /** Minor units as "4.50 EUR". */
    public static String money(long minor, Currency currency) {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()).toPlainString() + " "
                + currency.getCurrencyCode();
    }

    /** Basis points as "7.5 %". */
    public static String percent(BasisPoints rate) {
        return BigDecimal.valueOf(rate.value(), 2).stripTrailingZeros().toPlainString() + " %";
    }
}
