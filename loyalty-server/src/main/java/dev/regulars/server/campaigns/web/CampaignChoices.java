package dev.regulars.server.campaigns.web;

import dev.regulars.server.campaigns.CampaignKind;
import dev.regulars.server.platform.web.AdminTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** The campaign editor's fixed choices (kinds, channel orders, months, consents, rating history, RFM classes). */
@Named("campaignChoices")
@ApplicationScoped
public class CampaignChoices {

    /** A choice of a select: value and label. */
    public record Choice(String value, String label) implements Serializable {
    }

    /** The campaign kinds, labelled campaign.kind.*. */
    public List<Choice> getKinds() {
        return Arrays.stream(CampaignKind.values()).map(k -> new Choice(k.name(),
                AdminTexts.get("campaign.kind." + k.name()))).toList();
    }

    /** The orders {@link CampaignForm#CHANNEL_ORDERS} accepts, in its order. */
    public List<Choice> getChannelOrders() {
        return CampaignForm.CHANNEL_ORDERS.keySet().stream().map(k -> new Choice(k,
                AdminTexts.get("campaign.order." + k.replace(',', '_')))).toList();
    }

    /** January to December in the reader's language (standalone form: "Январь", not "января"). */
    public List<Choice> getMonths() {
        java.util.Locale locale = AdminTexts.locale();
        return IntStream.rangeClosed(1, 12).mapToObj(m -> {
            String name = Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, locale);
            return new Choice(String.valueOf(m), name.substring(0, 1).toUpperCase(locale) + name.substring(1));
        }).toList();
    }

    /** The channels a customer can agree to. */
    public List<Choice> getChannelConsents() {
        return labelled("campaign.consent.", "EMAIL", "SMS");
    }

    /** The rating histories of {@code Segment.RatingHistory}. */
    public List<Choice> getRatingChoices() {
        return labelled("campaign.ratingChoice.", "LOW", "HIGH_ONLY", "NONE");
    }

    /** The classes of {@code core.campaigns.RfmClass}, with their rules in words. */
    public List<Choice> getRfmChoices() {
        return labelled("campaign.rfm.", "CHAMPION", "LOYAL", "NEW", "AT_RISK", "HIBERNATING", "OCCASIONAL",
                "NO_VISIT");
    }

    private static List<Choice> labelled(String prefix, String... values) {
        return Arrays.stream(values).map(v -> new Choice(v, AdminTexts.get(prefix + v))).toList();
    }
}
