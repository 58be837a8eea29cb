package dev.regulars.server.campaigns.web;

import dev.regulars.core.campaigns.FrequencyCap;
import dev.regulars.core.campaigns.QuietHours;
import dev.regulars.core.campaigns.RfmClass;
import dev.regulars.core.campaigns.Template;
import dev.regulars.server.campaigns.CampaignKind;
import dev.regulars.server.campaigns.CampaignSettings;
import dev.regulars.server.campaigns.Segment;
import dev.regulars.server.messaging.Channel;
import dev.regulars.server.platform.web.AdminTexts;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The campaign editor's fields as the marketer typed them, and what is wrong with each: the editor binds its inputs
 * to {@link #getValues()} and shows {@link #getErrors()} next to them. {@link #parse} turns the text into checked
 * {@link CampaignSettings}; money is typed in the currency's major units ("4.50").
 */
public class CampaignForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The channel orders offered (Wallet pass updates join when they are connected). */
    public static final Map<String, List<Channel>> CHANNEL_ORDERS = orders();

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    /** A new campaign's starting point: a daily message at 10:00, quiet 21:00-09:00, 1 message in 3 days. */
    public static CampaignForm blank(CampaignKind kind) {
        CampaignForm form = new CampaignForm();
        Map<String, String> v = form.values;
        v.put("kind", kind.name());
        v.put("schedule", "DAILY");
        v.put("sendAt", "10:00");
        v.put("quietFrom", "21:00");
        v.put("quietUntil", "09:00");
        v.put("capMessages", "1");
        v.put("capDays", "3");
        v.put("channelOrder", "EMAIL,SMS");
        v.put("holdoutPercent", "10");
        v.put("daysBefore", "0");
        v.put("bonusPoints", "0");
        v.put("bonusValidDays", "0");
        if (kind == CampaignKind.WINBACK) {
            v.put("lapsedDays", "45");
            v.put("intervalFactor", "3");
        }
        return form;
    }

    /** The form of a saved campaign. */
    public static CampaignForm of(CampaignSettings s, Currency currency) {
        CampaignForm form = new CampaignForm();
        Map<String, String> v = form.values;
        v.put("name", s.name());
        v.put("kind", s.kind().name());
        v.put("daysBefore", String.valueOf(s.daysBefore()));
        v.put("lapsedDays", text(s.lapsedDays()));
        v.put("intervalFactor", s.intervalFactorBp() == null ? ""
                : BigDecimal.valueOf(s.intervalFactorBp(), 4).stripTrailingZeros().toPlainString());
        v.put("bonusPoints", String.valueOf(s.bonusPoints()));
        v.put("bonusValidDays", String.valueOf(s.bonusValidDays()));
        v.put("schedule", s.onceOn() == null ? "DAILY" : "ONCE");
        v.put("onceOn", s.onceOn() == null ? "" : s.onceOn().toString());
        v.put("sendAt", s.sendAt().toString());
        boolean quiet = !s.quietHours().from().equals(s.quietHours().until());
        v.put("quietFrom", quiet ? s.quietHours().from().toString() : "");
        v.put("quietUntil", quiet ? s.quietHours().until().toString() : "");
        v.put("capMessages", s.cap().messages() == 0 ? "" : String.valueOf(s.cap().messages()));
        v.put("capDays", s.cap().messages() == 0 ? "" : String.valueOf(s.cap().days()));
        v.put("channelOrder", String.join(",", s.channels().stream().map(Enum::name).toList()));
        v.put("holdoutPercent", BigDecimal.valueOf(s.holdoutBp(), 2).stripTrailingZeros().toPlainString());
        s.templates().forEach((language, t) -> {
            v.put("subject_" + language, t.subject() == null ? "" : t.subject());
            v.put("body_" + language, t.body());
        });
        Segment g = s.segment();
        v.put("minVisits", text(g.minVisits()));
        v.put("maxVisits", text(g.maxVisits()));
        v.put("minSpend", money(g.minSpendMinor(), currency));
        v.put("maxSpend", money(g.maxSpendMinor(), currency));
        v.put("minAverageCheck", money(g.minAverageCheckMinor(), currency));
        v.put("maxAverageCheck", money(g.maxAverageCheckMinor(), currency));
        v.put("visitedWithinDays", text(g.visitedWithinDays()));
        v.put("notVisitedForDays", text(g.notVisitedForDays()));
        v.put("tier", g.tiers().isEmpty() ? "" : g.tiers().get(0));
        v.put("storeId", g.storeId() == null ? "" : g.storeId());
        v.put("birthdayMonth", text(g.birthdayMonth()));
        v.put("consent", g.consent() == null ? "" : g.consent().name());
        v.put("rating", g.rating() == null ? "" : g.rating().name());
        v.put("rfm", g.rfm() == null ? "" : g.rfm().name());
        return form;
    }

    /**
     * Checks every field and fills {@link #getErrors()} (field name to what is wrong, in words for the marketer).
     *
     * @param today  the business's date, before which a one-time campaign cannot be set
     * @param tiers  the program's tier names
     * @param stores the business's store ids
     * @return the settings, or null when a field is wrong
     */
    public CampaignSettings parse(Currency currency, LocalDate today, Set<String> tiers, Set<String> stores) {
        errors.clear();
        Fields f = new Fields(values, errors, currency);
        String name = f.text("name", "field.name", 100, true);
        CampaignKind kind = f.choice("kind", "field.kind", CampaignKind.class, true);
        int daysBefore = 0;
        Integer lapsed = null;
        Integer factorBp = null;
        if (kind == CampaignKind.BIRTHDAY) {
            daysBefore = orZero(f.integer("daysBefore", "field.daysBefore", 0, 60, false));
        }
        if (kind == CampaignKind.WINBACK) {
            lapsed = f.integer("lapsedDays", "field.lapsedDays", 7, 730, false);
            factorBp = f.factor("intervalFactor", "field.intervalFactor", 15_000, 100_000);
            if (lapsed == null && factorBp == null && !errors.containsKey("intervalFactor")
                    && !errors.containsKey("lapsedDays")) {
                errors.put("lapsedDays", AdminTexts.get("form.winbackRule"));
            }
        }
        long bonus = orZero(f.integer("bonusPoints", "field.bonusPoints", 0, 100_000, false));
        int bonusDays = orZero(f.integer("bonusValidDays", "field.bonusValidDays", 0, 365, false));
        LocalTime sendAt = f.time("sendAt", "field.sendAt", true);
        LocalDate onceOn = null;
        if ("ONCE".equals(values.get("schedule"))) {
            if (kind != null && kind != CampaignKind.BROADCAST) {
                errors.put("schedule", AdminTexts.get("form.dailyKinds"));
            }
            onceOn = f.date("onceOn", "field.onceOn", today);
        } else if (!"DAILY".equals(values.get("schedule"))) {
            errors.put("schedule", AdminTexts.get("form.chooseSchedule"));
        } else if (!values.getOrDefault("onceOn", "").isBlank()) {
            errors.put("onceOn", AdminTexts.get("form.dateButDaily"));
        }
        QuietHours quiet = f.quietHours();
        FrequencyCap cap = f.cap();
        if (sendAt != null && quiet != null && quiet.contains(sendAt)) {
            errors.put("sendAt", AdminTexts.get("form.sendAtQuiet", sendAt.toString(), quiet.from().toString(),
                    quiet.until().toString()));
        }
        List<Channel> channels = CHANNEL_ORDERS.get(values.getOrDefault("channelOrder", ""));
        if (channels == null) {
            errors.put("channelOrder", AdminTexts.get("form.chooseChannels"));
        }
        Integer holdoutBp = f.percent("holdoutPercent", "field.holdoutPercent", 0, 5_000);
        Map<String, Template> templates = f.templates(channels != null && channels.contains(Channel.EMAIL), bonus,
                bonusDays);
        Segment segment = f.segment(tiers, stores);
        if (!errors.isEmpty()) {
            return null;
        }
        return new CampaignSettings(name, kind, daysBefore, lapsed, factorBp, bonus, bonusDays, sendAt, onceOn,
                quiet, cap, channels, holdoutBp == null ? 0 : holdoutBp, templates, segment);
    }

    /** The fields that decide who an occurrence reaches. */
    public static final Set<String> AUDIENCE_FIELDS = Set.of("kind", "daysBefore", "lapsedDays", "intervalFactor",
            "minVisits", "maxVisits", "minSpend", "maxSpend", "minAverageCheck", "maxAverageCheck",
            "visitedWithinDays", "notVisitedForDays", "tier", "storeId", "birthdayMonth", "consent", "rating", "rfm",
            "onceOn", "schedule");

    /**
     * Only the segment and the kind's rule, for the live count while the rest may still be unfinished; afterwards
     * {@link #getErrors()} holds only what is wrong with those fields (the rest is said when the form is saved).
     */
    public CampaignSettings parseAudience(Currency currency, LocalDate today, Set<String> tiers, Set<String> stores) {
        CampaignSettings full = parse(currency, today, tiers, stores);
        if (full != null) {
            return full;
        }
        errors.keySet().retainAll(AUDIENCE_FIELDS);
        if (!errors.isEmpty()) {
            return null;
        }
        CampaignForm stand = new CampaignForm();
        stand.values.putAll(values);
        stand.values.put("name", "count");
        stand.values.put("sendAt", "10:00");
        stand.values.put("quietFrom", "");
        stand.values.put("quietUntil", "");
        stand.values.put("capMessages", "");
        stand.values.put("capDays", "");
        stand.values.put("channelOrder", "SMS");
        stand.values.put("bonusPoints", "0");
        stand.values.put("bonusValidDays", "0");
        for (String language : CampaignSettings.LANGUAGES) {
            stand.values.remove("subject_" + language);
            stand.values.remove("body_" + language);
        }
        stand.values.put("body_en", "count");
        if (stand.parse(currency, today, tiers, stores) == null) {
            stand.values.put("holdoutPercent", "0"); // a holdout typed wrong does not stop the count
        }
        return stand.parse(currency, today, tiers, stores);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String text(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String money(Long minor, Currency currency) {
        return minor == null ? "" : BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()).toPlainString();
    }

    private static Map<String, List<Channel>> orders() {
        Map<String, List<Channel>> orders = new LinkedHashMap<>();
        for (List<Channel> order : List.of(List.of(Channel.EMAIL, Channel.SMS), List.of(Channel.SMS, Channel.EMAIL),
                List.of(Channel.EMAIL), List.of(Channel.SMS))) {
            orders.put(String.join(",", order.stream().map(Enum::name).toList()), order);
        }
        return java.util.Collections.unmodifiableMap(orders);
    }

    /** For the segment's choices. */
    public static List<String> rfmClasses() {
        return Arrays.stream(RfmClass.values()).map(Enum::name).toList();
    }
}
