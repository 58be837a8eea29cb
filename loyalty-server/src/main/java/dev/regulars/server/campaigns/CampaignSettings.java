package dev.regulars.server.campaigns;

import dev.regulars.core.campaigns.FrequencyCap;
import dev.regulars.core.campaigns.QuietHours;
import dev.regulars.core.campaigns.Template;
import dev.regulars.server.messaging.Channel;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * Everything a marketer sets on a campaign, checked: the editor builds it ({@code CampaignForm}), a campaign is
 * saved from it and the live audience is counted from it before anything is saved.
 *
 * @param daysBefore       BIRTHDAY: the message goes this many days before the birthday (0-60)
 * @param lapsedDays       WINBACK: no visit for this many days (null: only the interval rule)
 * @param intervalFactorBp WINBACK: more than this many times the customer's usual interval, in basis points
 *                         (25000 = 2.5x; null: not used)
 * @param bonusPoints      points given with the message (0: none), valid {@code bonusValidDays} days (0: as the
 *                         program's points)
 * @param sendAt           local time of day in the business's zone
 * @param onceOn           the date of a one-time campaign; null: every day
 * @param channels         tried in this order; the first the customer agreed to and can be reached on is used
 * @param holdoutBp        share of each occurrence's audience held out, basis points (1000 = 10 %)
 * @param templates        the message per language (en, ru, nl); the first is for customers of another language
 */
public record CampaignSettings(String name, CampaignKind kind, int daysBefore, Integer lapsedDays,
                               Integer intervalFactorBp, long bonusPoints, int bonusValidDays, LocalTime sendAt,
                               LocalDate onceOn, QuietHours quietHours, FrequencyCap cap, List<Channel> channels,
                               int holdoutBp, Map<String, Template> templates, Segment segment) {

    /** The languages a template may be written in. */
    public static final List<String> LANGUAGES = dev.regulars.server.customers.Customer.LANGUAGES;

    public CampaignSettings {
        channels = List.copyOf(channels);
        templates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(templates));
    }

    /** Who the campaign is for, as {@link Audiences} reads it. */
    public AudienceRule audience(String businessId, String campaignId) {
        return new AudienceRule(businessId, campaignId, kind, daysBefore, lapsedDays, intervalFactorBp, segment);
    }
}
