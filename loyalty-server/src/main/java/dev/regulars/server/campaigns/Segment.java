package dev.regulars.server.campaigns;

import dev.regulars.core.campaigns.RfmClass;
import dev.regulars.server.messaging.Channel;
import java.util.List;

/**
 * Who of a campaign kind's audience a campaign is for, from the customer's data; every criterion is optional (null
 * or empty: anyone) and all given ones must hold. Money in minor units of the business's currency.
 *
 * @param visitedWithinDays last visit at most this many days ago
 * @param notVisitedForDays no visit for more than this many days (customers who never visited are not included)
 * @param tiers             the tier names, any of them
 * @param storeId           the store of the customer's latest visit
 * @param birthdayMonth     1-12
 * @param consent           agreed to messages on this channel
 * @param rating            what they said of their visits in the last {@link RatingHistory#DAYS} days
 */
public record Segment(Integer minVisits, Integer maxVisits, Long minSpendMinor, Long maxSpendMinor,
                      Long minAverageCheckMinor, Long maxAverageCheckMinor, Integer visitedWithinDays,
                      Integer notVisitedForDays, List<String> tiers, String storeId, Integer birthdayMonth,
                      Channel consent, RatingHistory rating, RfmClass rfm) {

    /** Everyone. */
    public static final Segment EVERYONE = new Segment(null, null, null, null, null, null, null, null, List.of(),
            null, null, null, null, null);

    public Segment {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    /** A customer's ratings over the last {@link #DAYS} days. */
    public enum RatingHistory {
        /** gave 1-3 stars at least once */
        LOW,
        /** rated, always 4-5 stars */
        HIGH_ONLY,
        /** did not rate a visit */
        NONE;

        public static final int DAYS = 90;
    }
}
