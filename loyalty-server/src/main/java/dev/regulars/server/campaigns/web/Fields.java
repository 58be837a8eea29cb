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
        LocalTime from = time("quietFrom", "Quiet from", false);
        LocalTime until = time("quietUntil", "Quiet until", false);
        if (from == null && until == null) {
            return errors.containsKey("quietFrom") || errors.containsKey("quietUntil") ? null : QuietHours.NONE;
        }
        if (from == null || until == null) {
            errors.putIfAbsent(from == null ? "quietFrom" : "quietUntil", "Quiet hours need a start and an end");
            return null;
        }
        return new QuietHours(from, until);
    }

    FrequencyCap cap() {
        Integer messages = integer("capMessages", "At most (messages)", 1, 10, false);
        Integer days = integer("capDays", "In days", 1, 60, false);
        if (messages == null && days == null) {
            return errors.containsKey("capMessages") || errors.containsKey("capDays") ? null : FrequencyCap.NONE;
        }
        if (messages == null || days == null) {
            errors.putIfAbsent(messages == null ? "capMessages" : "capDays",
                    "A cap is a number of messages in a number of days, e.g. 1 in 3");
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
            String subject = text("subject_" + language, "Subject", 150, false);
            String body = text("body_" + language, "Text", 1000, false);
            boolean fine = variables("subject_" + language, subject, bonus, bonusDays)
                    & variables("body_" + language, body, bonus, bonusDays);
            if (body == null) {
                if (subject != null || errors.containsKey("subject_" + language)) {
                    errors.putIfAbsent("body_" + language, "A subject without a text: write the text, or clear the"
                            + " subject");
                }
                continue;
            }
            if (subject == null && subjectNeeded && !errors.containsKey("subject_" + language)) {
                errors.put("subject_" + language, "E-mail needs a subject");
            }
            if (fine) {
                templates.put(language, new Template(subject, body));
            }
        }
        if (templates.isEmpty() && errors.keySet().stream().noneMatch(k -> k.startsWith("body_")
                || k.startsWith("subject_"))) {
            errors.put("body_en", "Write the message in at least one language");
        }
        return templates;
    }

    private boolean variables(String field, String text, long bonus, int bonusDays) {
        if (text == null) {
            return true;
        }
        String problem = Template.problemIn(text);
        Template alone = problem == null ? new Template(null, text) : null;
        if (alone != null && bonus == 0 && (alone.uses("bonus") || alone.uses("bonusExpiry"))) {
            problem = "The campaign gives no bonus points: {bonus} and {bonusExpiry} would read empty";
        } else if (alone != null && bonusDays == 0 && alone.uses("bonusExpiry")) {
            problem = "The bonus keeps the program's expiry (valid for 0 days here): {bonusExpiry} would read empty";
        }
        if (problem != null) {
            errors.putIfAbsent(field, problem);
            return false;
        }
        return true;
    }

    Segment segment(Set<String> tiers, Set<String> stores) {
        Integer minVisits = integer("minVisits", "Visits from", 0, 100_000, false);
        Integer maxVisits = integer("maxVisits", "Visits up to", 0, 100_000, false);
        ordered(minVisits, maxVisits, "maxVisits", "Visits up to");
        Long minSpend = money("minSpend", "Spent from");
        Long maxSpend = money("maxSpend", "Spent up to");
        ordered(minSpend, maxSpend, "maxSpend", "Spent up to");
        Long minCheck = money("minAverageCheck", "Average check from");
        Long maxCheck = money("maxAverageCheck", "Average check up to");
        ordered(minCheck, maxCheck, "maxAverageCheck", "Average check up to");
        Integer within = integer("visitedWithinDays", "Visited within (days)", 1, 3650, false);
        Integer notFor = integer("notVisitedForDays", "No visit for (days)", 1, 3650, false);
        if (within != null && notFor != null && notFor >= within) {
            errors.put("notVisitedForDays", "No customer visited within " + within + " days and not for " + notFor);
        }
        String tier = text("tier", "Tier", 50, false);
        if (tier != null && !tiers.contains(tier)) {
            errors.put("tier", "The program has no tier " + tier + "; choose one of " + tiers);
        }
        String store = text("storeId", "Store", 36, false);
        if (store != null && !stores.contains(store)) {
            errors.put("storeId", "Choose a store of the list");
        }
        Integer month = integer("birthdayMonth", "Birthday month", 1, 12, false);
        Channel consent = choice("consent", "Consent", Channel.class, false);
        Segment.RatingHistory rating = choice("rating", "Rating history", Segment.RatingHistory.class, false);
        RfmClass rfm = choice("rfm", "RFM class", RfmClass.class, false);
        return new Segment(minVisits, maxVisits, minSpend, maxSpend, minCheck, maxCheck, within, notFor,
                tier == null ? List.of() : List.of(tier), store, month, consent, rating, rfm);
    }

    private <N extends Number & Comparable<N>> void ordered(N min, N max, String maxField, String label) {
        if (min != null && max != null && max.compareTo(min) < 0) {
            errors.put(maxField, label + " is below its lower bound");
        }
    }
}
