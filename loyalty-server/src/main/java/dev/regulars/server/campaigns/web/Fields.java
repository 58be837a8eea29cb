package dev.regulars.server.campaigns.web;

import dev.regulars.core.campaigns.FrequencyCap;
import dev.regulars.core.campaigns.QuietHours;
import dev.regulars.core.campaigns.RfmClass;
import dev.regulars.core.campaigns.Template;
import dev.regulars.server.campaigns.CampaignSettings;
import dev.regulars.server.campaigns.Segment;
import dev.regulars.server.messaging.Channel;
import dev.regulars.server.platform.FormFields;
import java.time.LocalTime;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the campaign form's text fields: the generic ones through FormFields, and the campaign's own parts. */
final class Fields extends FormFields {

    Fields(Map<String, String> values, Map<String, String> errors, Currency currency) {
        super(values, errors, currency);
    }

    QuietHours quietHours() {
        LocalTime from = time("quietFrom", "field.quietFrom", false);
        LocalTime until = time("quietUntil", "field.quietUntil", false);
        if (from == null && until == null) {
            return errors.containsKey("quietFrom") || errors.containsKey("quietUntil") ? null : QuietHours.NONE;
        }
        if (from == null || until == null) {
            errors.putIfAbsent(from == null ? "quietFrom" : "quietUntil", say("form.quietBoth"));
            return null;
        }
        return new QuietHours(from, until);
    }

    FrequencyCap cap() {
        Integer messages = integer("capMessages", "field.capMessages", 1, 10, false);
        Integer days = integer("capDays", "field.capDays", 1, 60, false);
        if (messages == null && days == null) {
            return errors.containsKey("capMessages") || errors.containsKey("capDays") ? null : FrequencyCap.NONE;
        }
        if (messages == null || days == null) {
            errors.putIfAbsent(messages == null ? "capMessages" : "capDays",
                    say("form.capBoth"));
            return null;
        }
        return new FrequencyCap(messages, days);
    }

    /**
     * The languages with a text, in the order en, ru, nl; e-mail needs a subject; {bonus} and {bonusExpiry} only
     * where the campaign gives a bonus (with its own validity), or they would read empty.
     */
    Map<String, Template> templates(boolean subjectNeeded, long bonus, int bonusDays) {
        Map<String, Template> templates = new LinkedHashMap<>();
        for (String language : CampaignSettings.LANGUAGES) {
            String subject = text("subject_" + language, "field.subject", 150, false);
            String body = text("body_" + language, "field.body", 1000, false);
            boolean fine = variables("subject_" + language, subject, bonus, bonusDays)
                    & variables("body_" + language, body, bonus, bonusDays);
            if (body == null) {
                if (subject != null || errors.containsKey("subject_" + language)) {
                    errors.putIfAbsent("body_" + language, say("form.subjectWithoutText"));
                }
                continue;
            }
            if (subject == null && subjectNeeded && !errors.containsKey("subject_" + language)) {
                errors.put("subject_" + language, say("form.subjectNeeded"));
            }
            if (fine) {
                templates.put(language, new Template(subject, body));
            }
        }
        if (templates.isEmpty() && errors.keySet().stream().noneMatch(k -> k.startsWith("body_")
                || k.startsWith("subject_"))) {
            errors.put("body_en", say("form.oneLanguage"));
        }
        return templates;
    }

    private boolean variables(String field, String text, long bonus, int bonusDays) {
        if (text == null) {
            return true;
        }
        String problem = variableProblem(text);
        Template alone = problem == null ? new Template(null, text) : null;
        if (alone != null && bonus == 0 && (alone.uses("bonus") || alone.uses("bonusExpiry"))) {
            problem = say("form.noBonus");
        } else if (alone != null && bonusDays == 0 && alone.uses("bonusExpiry")) {
            problem = say("form.noBonusExpiry");
        }
        if (problem != null) {
            errors.putIfAbsent(field, problem);
            return false;
        }
        return true;
    }

    /**
     * {@link Template#problemIn} in the reader's language: a name that is no variable ("{name} is not a variable;
     * use one of ..."), or a brace that makes none.
     */
    private static String variableProblem(String text) {
        String problem = Template.problemIn(text);
        if (problem == null) {
            return null;
        }
        java.util.regex.Matcher unknown = java.util.regex.Pattern.compile("^\\{([^}]*)\\} is not a variable")
                .matcher(problem);
        return unknown.find() ? say("form.notVariable", unknown.group(1), String.join(", ",
                new java.util.TreeSet<>(Template.VARIABLES).stream().map(v -> "{" + v + "}").toList()))
                : say("form.strayBrace");
    }

    Segment segment(Set<String> tiers, Set<String> stores) {
        Integer minVisits = integer("minVisits", "field.minVisits", 0, 100_000, false);
        Integer maxVisits = integer("maxVisits", "field.maxVisits", 0, 100_000, false);
        ordered(minVisits, maxVisits, "maxVisits", "field.maxVisits");
        Long minSpend = money("minSpend", "field.minSpend");
        Long maxSpend = money("maxSpend", "field.maxSpend");
        ordered(minSpend, maxSpend, "maxSpend", "field.maxSpend");
        Long minCheck = money("minAverageCheck", "field.minAverageCheck");
        Long maxCheck = money("maxAverageCheck", "field.maxAverageCheck");
        ordered(minCheck, maxCheck, "maxAverageCheck", "field.maxAverageCheck");
        Integer within = integer("visitedWithinDays", "field.visitedWithinDays", 1, 3650, false);
        Integer notFor = integer("notVisitedForDays", "field.notVisitedForDays", 1, 3650, false);
        if (within != null && notFor != null && notFor >= within) {
            errors.put("notVisitedForDays", say("form.visitedAndNot", within, notFor));
        }
        String tier = text("tier", "field.tier", 50, false);
        if (tier != null && !tiers.contains(tier)) {
            errors.put("tier", say("form.noTier", tier, tiers.toString()));
        }
        String store = text("storeId", "field.storeId", 36, false);
        if (store != null && !stores.contains(store)) {
            errors.put("storeId", say("form.chooseStore"));
        }
        Integer month = integer("birthdayMonth", "field.birthdayMonth", 1, 12, false);
        Channel consent = choice("consent", "field.consent", Channel.class, false);
        Segment.RatingHistory rating = choice("rating", "field.rating", Segment.RatingHistory.class, false);
        RfmClass rfm = choice("rfm", "field.rfm", RfmClass.class, false);
        return new Segment(minVisits, maxVisits, minSpend, maxSpend, minCheck, maxCheck, within, notFor,
                tier == null ? List.of() : List.of(tier), store, month, consent, rating, rfm);
    }

    private <N extends Number & Comparable<N>> void ordered(N min, N max, String maxField, String label) {
        if (min != null && max != null && max.compareTo(min) < 0) {
            errors.put(maxField, say("form.belowLower", label(label)));
        }
    }
}
