package dev.regulars.server.customerpages;

import dev.regulars.core.rules.Discount;
import dev.regulars.server.sales.RecentSale;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What the card page shows of a customer, read in one go.
 *
 * @param toNextTierMinor money (minor units of {@code currency}) still to spend over twelve months to reach
 *                        {@code nextTier}; 0 when there is no tier above
 * @param nextTier        the tier above theirs, or null at the top
 * @param expiring        points that expire soon, by the date they expire (in {@code zone}), earliest first
 * @param cardNumber      the static number of their phone card (earns, never redeems)
 * @param referralLink    the join link with their code, for friends
 * @param consents        their answer per channel (SMS, EMAIL, PUSH)
 * @param email           their e-mail address, or null
 * @param place           the café and the store of their friend's link: "Regulars Demo Café · Canal Street"
 * @param friendDiscount  the discount waiting for their first purchase (a friend invited them), or null
 */
public record CardView(String customerId, String businessId, String firstName, long balance, String tier,
                       String nextTier, long toNextTierMinor, String currency, List<Expiring> expiring,
                       List<RecentSale> visits, String cardNumber, String referralCode, String referralLink,
                       Map<String, Boolean> consents, String email, ZoneId zone, boolean appleWallet,
                       boolean googleWallet, String place, Discount friendDiscount) {

    /** Points expiring on one day. */
    public record Expiring(LocalDate on, long points) {
    }

    public CardView {
        expiring = List.copyOf(expiring);
        visits = List.copyOf(visits);
        consents = Map.copyOf(consents);
    }

    /** Whether the customer said yes on this channel (SMS, EMAIL, PUSH). */
    public boolean consents(String channel) {
        return Boolean.TRUE.equals(consents.get(channel));
    }
}
