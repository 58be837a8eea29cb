package dev.regulars.server.campaigns.web;

import dev.regulars.server.campaigns.CampaignKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** The campaign editor's fixed choices (kinds, channel orders, months, consents, rating history, RFM classes). */
@Named("campaignChoices")
@ApplicationScoped
public class CampaignChoices {

    /** A choice of a select: value and label. */
    public record Choice(String value, String label) implements Serializable {
    }

    private static final Map<String, String> ORDER_LABELS = Map.of("EMAIL,SMS", "E-mail, else SMS",
            "SMS,EMAIL", "SMS, else e-mail", "EMAIL", "E-mail only", "SMS", "SMS only");

    public List<Choice> getKinds() {
        return Arrays.stream(CampaignKind.values()).map(k -> new Choice(k.name(), k.label())).toList();
    }

    /** The orders {@link CampaignForm#CHANNEL_ORDERS} accepts, in its order. */
    public List<Choice> getChannelOrders() {
        return CampaignForm.CHANNEL_ORDERS.keySet().stream().map(k -> new Choice(k, ORDER_LABELS.get(k))).toList();
    }

    public List<Choice> getMonths() {
        return IntStream.rangeClosed(1, 12).mapToObj(m -> new Choice(String.valueOf(m),
                Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH))).toList();
    }

    public List<Choice> getChannelConsents() {
        return List.of(new Choice("EMAIL", "E-mail"), new Choice("SMS", "SMS"));
    }

    public List<Choice> getRatingChoices() {
        return List.of(new Choice("LOW", "Gave 1-3 stars in the last 90 days"),
                new Choice("HIGH_ONLY", "Rated, only 4-5 stars, in the last 90 days"),
                new Choice("NONE", "Did not rate in the last 90 days"));
    }

    /** The classes of {@code core.campaigns.RfmClass}, with their rules in words. */
    public List<Choice> getRfmChoices() {
        return List.of(new Choice("CHAMPION", "Champions: 10+ visits, last within 14 days"),
                new Choice("LOYAL", "Loyal: 5+ visits, last within 45 days"),
                new Choice("NEW", "New: first visit within 30 days"),
                new Choice("AT_RISK", "At risk: 5+ visits, none for 45-180 days"),
                new Choice("HIBERNATING", "Hibernating: no visit for 180+ days"),
                new Choice("OCCASIONAL", "Occasional: everyone else who has visited"),
                new Choice("NO_VISIT", "Never visited"));
    }
}
