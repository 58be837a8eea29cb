package dev.regulars.server.campaigns;

import dev.regulars.core.campaigns.Template;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A campaign's message for one customer: the template of their language filled with their first name, balance
 * (after the bonus), the bonus and its expiry date written in their language. The run and the editor's preview
 * fill it the same way.
 */
public record CampaignMessage(String language, String subject, String body) {

    /**
     * @param balanceAfter points after the bonus
     * @param bonus        points given with the message, 0 for none
     * @param bonusUntil   when the bonus expires; null when it keeps the program's expiry
     */
    public static CampaignMessage of(Map<String, Template> templates, String customerLanguage, String firstName,
                                     long balanceAfter, long bonus, Instant bonusUntil, ZoneId zone) {
        String language = customerLanguage != null && templates.containsKey(customerLanguage) ? customerLanguage
                : templates.keySet().iterator().next();
        Map<String, String> values = new HashMap<>();
        values.put("firstName", firstName);
        values.put("balance", String.valueOf(balanceAfter));
        if (bonus > 0) {
            values.put("bonus", String.valueOf(bonus));
        }
        if (bonusUntil != null) {
            // "21 December 2026", "21 декабря 2026": no "г." that a sentence's full stop would double
            values.put("bonusExpiry", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language))
                    .format(bonusUntil.atZone(zone)));
        }
        Template template = templates.get(language);
        return new CampaignMessage(language, template.subject(values), template.body(values));
    }

    /** When a bonus given at {@code now} expires: null when it keeps the program's expiry. */
    public static Instant bonusUntil(CampaignSettings settings, Instant now, ZoneId zone) {
        return settings.bonusPoints() > 0 && settings.bonusValidDays() > 0
                ? now.atZone(zone).plusDays(settings.bonusValidDays()).toInstant() : null;
    }
}
