package dev.regulars.server.stores.web;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.rules.BirthdayBonus;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.rules.ReferralRules;
import dev.regulars.core.rules.Tier;
import dev.regulars.server.platform.FormFields;
import dev.regulars.server.platform.web.AdminTexts;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The program editor's fields as typed (text by field name) and what is wrong with each; read into loyalty-core's
 * {@link ProgramRules}, whose own checks stay the last word. Amounts in major units of the business's currency,
 * rates and shares in percent, bonuses in points, expiry in months, validity and waiting in days.
 */
public class ProgramForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rows for tiers on the form; a row without a name is not a tier. */
    public static final int TIER_ROWS = 5;

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** The fields filled with {@code rules}. */
    public static ProgramForm of(ProgramRules rules, Currency currency) {
        ProgramForm form = new ProgramForm();
        Map<String, String> v = form.values;
        for (int i = 0; i < rules.tiers().size() && i < TIER_ROWS; i++) {
            Tier tier = rules.tiers().get(i);
            v.put("tierName_" + i, tier.name());
            v.put("tierFrom_" + i, money(tier.minSpendMinor(), currency));
            v.put("tierEarn_" + i, percent(tier.earnRate()));
        }
        v.put("pointValue", money(rules.pointValueMinor(), currency));
        v.put("maxRedeemShare", percent(rules.maxRedeemShare()));
        v.put("minCheck", money(rules.minCheckToRedeemMinor(), currency));
        v.put("minBalance", String.valueOf(rules.minBalanceToRedeem()));
        v.put("welcomeBonus", String.valueOf(rules.welcomeBonusPoints()));
        v.put("expiryMonths", String.valueOf(rules.expiryMonths()));
        v.put("birthdayPoints", String.valueOf(rules.birthday().points()));
        v.put("birthdayDays", String.valueOf(rules.birthday().validDays()));
        ReferralRules r = rules.referral();
        Discount d = r.friendDiscount();
        v.put("friendDiscount", d.isNone() ? "NONE" : d.kind().name());
        v.put("friendPercent", d.kind() == Discount.Kind.PERCENT && !d.isNone() ? percent(d.percent()) : "");
        v.put("friendCap", d.capMinor() > 0 ? money(d.capMinor(), currency) : "");
        v.put("friendFixed", d.kind() == Discount.Kind.FIXED && !d.isNone() ? money(d.fixedMinor(), currency) : "");
        v.put("inviterBonus", String.valueOf(r.inviterBonusPoints()));
        v.put("inviterAfterDays", String.valueOf(r.inviterBonusAfterDays()));
        v.put("perDay", String.valueOf(r.maxPerInviterPerDay()));
        v.put("perMonth", String.valueOf(r.maxPerInviterPerMonth()));
        return form;
    }

    public Map<String, String> getValues() {
        return values;
    }

    /** What is wrong, by field name; empty when the last {@link #parse} succeeded. */
    public Map<String, String> getErrors() {
        return errors;
    }

    /**
     * The rules the fields say, numbered {@code version} (the publisher renumbers them), or null with
     * {@link #getErrors()} saying what is wrong next to each field.
     */
    public ProgramRules parse(int version, Currency currency) {
        errors.clear();
        FormFields f = new FormFields(values, errors, currency);
        List<Tier> tiers = tiers(f);
        Long pointValue = f.money("pointValue", label("pointValue"));
        if (pointValue == null && !errors.containsKey("pointValue")) {
            errors.put("pointValue", AdminTexts.get("program.error.pointValue"));
        } else if (pointValue != null && pointValue < 1) {
            errors.put("pointValue", AdminTexts.get("program.error.pointValue"));
        }
        Integer share = required(f, "maxRedeemShare", f.percent("maxRedeemShare", label("maxRedeemShare"), 0, 10_000));
        Long minCheck = f.money("minCheck", label("minCheck"));
        Integer minBalance = required(f, "minBalance",
                f.integer("minBalance", label("minBalance"), 0, 1_000_000, false));
        Integer welcome = required(f, "welcomeBonus", f.integer("welcomeBonus", label("welcomeBonus"), 0, 100_000, false));
        Integer expiry = required(f, "expiryMonths", f.integer("expiryMonths", label("expiryMonths"), 0, 120, false));
        BirthdayBonus birthday = birthday(f);
        ReferralRules referral = referral(f);
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return new ProgramRules(version, tiers, pointValue, BasisPoints.valueOf(share),
                    minCheck == null ? 0 : minCheck, minBalance, welcome, expiry, referral, birthday);
        } catch (IllegalArgumentException e) {
            errors.put("tierName_0", e.getMessage()); // every rule is checked above; this is the core's last word
            return null;
        }
    }

    private List<Tier> tiers(FormFields f) {
        List<Tier> tiers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Long previous = null;
        boolean first = true; // the first row with a name, valid or not, is the first tier
        for (int i = 0; i < TIER_ROWS; i++) {
            String name = f.text("tierName_" + i, label("tierName"), 40, false);
            String from = typed("tierFrom_" + i);
            String earn = typed("tierEarn_" + i);
            if (name == null) {
                if (!errors.containsKey("tierName_" + i) && (!from.isEmpty() || !earn.isEmpty())) {
                    errors.put("tierName_" + i, AdminTexts.get("program.error.tierName"));
                }
                if (!from.isEmpty() || !earn.isEmpty() || errors.containsKey("tierName_" + i)) {
                    first = false; // a row meant as a tier, said wrong on its own line
                }
                continue;
            }
            Long spend = i == 0 && from.isEmpty() ? Long.valueOf(0) : f.money("tierFrom_" + i, label("tierFrom"));
            Integer rate = f.percent("tierEarn_" + i, label("tierEarn"), 0, 10_000);
            if (spend == null && !errors.containsKey("tierFrom_" + i)) {
                errors.put("tierFrom_" + i, AdminTexts.get("program.error.tierFrom"));
            }
            if (rate == null && !errors.containsKey("tierEarn_" + i)) {
                errors.put("tierEarn_" + i, AdminTexts.get("program.error.tierEarn"));
            }
            if (!names.add(name)) {
                errors.put("tierName_" + i, AdminTexts.get("program.error.tierTwice", name));
            }
            if (spend != null && first && spend != 0) {
                errors.put("tierFrom_" + i, AdminTexts.get("program.error.firstTierFromZero"));
            } else if (spend != null && previous != null && spend <= previous) {
                errors.put("tierFrom_" + i, AdminTexts.get("program.error.tiersIncrease"));
            }
            first = false;
            if (spend != null && rate != null && !errors.containsKey("tierName_" + i)) {
                tiers.add(new Tier(name, spend, BasisPoints.valueOf(rate)));
            }
            if (spend != null) {
                previous = spend;
            }
        }
        if (tiers.isEmpty() && errors.keySet().stream().noneMatch(k -> k.startsWith("tier"))) {
            errors.put("tierName_0", AdminTexts.get("program.error.noTier"));
        }
        return tiers;
    }

    private BirthdayBonus birthday(FormFields f) {
        Integer points = required(f, "birthdayPoints",
                f.integer("birthdayPoints", label("birthdayPoints"), 0, 100_000, false));
        Integer days = f.integer("birthdayDays", label("birthdayDays"), 0, 365, false);
        if (points == null || errors.containsKey("birthdayDays")) {
            return null;
        }
        if (points > 0 && (days == null || days == 0)) {
            errors.put("birthdayDays", AdminTexts.get("program.error.birthdayDays"));
            return null;
        }
        return points == 0 ? BirthdayBonus.NONE : new BirthdayBonus(points, days);
    }

    private ReferralRules referral(FormFields f) {
        String kind = typed("friendDiscount");
        Discount discount = switch (kind) {
            case "NONE" -> Discount.NONE;
            case "PERCENT" -> {
                Integer percent = required(f, "friendPercent",
                        f.percent("friendPercent", label("friendPercent"), 1, 10_000));
                Long cap = f.money("friendCap", label("friendCap"));
                yield percent == null ? null : Discount.percent(BasisPoints.valueOf(percent), cap == null ? 0 : cap);
            }
            case "FIXED" -> {
                Long fixed = f.money("friendFixed", label("friendFixed"));
                if (fixed == null || fixed == 0) {
                    errors.putIfAbsent("friendFixed", AdminTexts.get("program.error.friendFixed"));
                    yield null;
                }
                yield Discount.fixed(fixed);
            }
            default -> {
                errors.put("friendDiscount", AdminTexts.get("program.error.friendDiscount"));
                yield null;
            }
        };
        Integer bonus = required(f, "inviterBonus", f.integer("inviterBonus", label("inviterBonus"), 0, 100_000, false));
        Integer after = required(f, "inviterAfterDays",
                f.integer("inviterAfterDays", label("inviterAfterDays"), 0, 90, false));
        Integer perDay = required(f, "perDay", f.integer("perDay", label("perDay"), 0, 100, false));
        Integer perMonth = required(f, "perMonth", f.integer("perMonth", label("perMonth"), 0, 1_000, false));
        if (perDay != null && perMonth != null && perMonth < perDay) {
            errors.put("perMonth", AdminTexts.get("program.error.perMonth"));
        }
        if (discount == null || bonus == null || after == null || perDay == null || perMonth == null
                || errors.containsKey("perMonth")) {
            return null;
        }
        return new ReferralRules(discount, bonus, after, perDay, perMonth);
    }

    /** What the field holds, stripped; "" for a field the post did not carry (Faces then stores null). */
    private String typed(String field) {
        String value = values.get(field);
        return value == null ? "" : value.strip();
    }

    /** A value the field must have: says so when it is empty and nothing else was said. */
    private <N> N required(FormFields f, String field, N value) {
        if (value == null && !errors.containsKey(field)) {
            errors.put(field, AdminTexts.get("program.error.required", AdminTexts.get(label(field))));
        }
        return value;
    }

    /** The key of the field's label, which FormFields words in the reader's language. */
    private static String label(String field) {
        return "program.field." + field;
    }

    private static String money(long minor, Currency currency) {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()).toPlainString();
    }

    private static String percent(BasisPoints rate) {
        return BigDecimal.valueOf(rate.value(), 2).stripTrailingZeros().toPlainString();
    }
}
