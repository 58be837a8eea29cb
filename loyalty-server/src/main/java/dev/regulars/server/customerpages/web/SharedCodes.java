package dev.regulars.server.customerpages.web;

import dev.regulars.server.customerpages.CardViews;
import dev.regulars.server.customerpages.ReferralLinkOpens;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.platform.ClientAddressReader;
import dev.regulars.server.platform.RateLimiter;
import dev.regulars.server.platform.Secrets;
import dev.regulars.server.stores.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Counts a referral code shared from the card page: the page's beacon ({@code POST /c/{token}/share}) after the
 * browser's share sheet resolved or the copy button copied the link. At most once a card a day (the store's local
 * day; a rate-limit counter keyed by a hash of the customer and the day, gone after a day) and at most
 * {@link #PER_ADDRESS} beacons an hour from one address; the count goes to the store the shared link leads to
 * (card_share_day), with nothing about the card. The link's secret in the path is the credential (another site
 * cannot know it). Answers 204, or 404 (no code to share) and 429 in words.
 */
@ApplicationScoped
public class SharedCodes {

    static final int PER_ADDRESS = 30;

    @Inject
    private CardViews views;
    @Inject
    private ReferralLinkOpens counts;
    @Inject
    private RateLimiter limiter;
    @Inject
    private ClientAddressReader addresses;
    @Inject
    private Clock clock;

    /** Handles the beacon of the card page at {@code self} for {@code customer}. */
    void shared(HttpServletRequest request, HttpServletResponse response, PageTexts t, String self, Customer customer)
            throws IOException {
        if (customer.referralCode() == null) {
            PageShell.write(response, 404, CardPageHtml.messageBack(t, self, t.get("card.title"), "no-code",
                    t.get("share.noCode")));
            return;
        }
        if (!limiter.allow("share-ip:" + addresses.limitKey(request), PER_ADDRESS, Duration.ofHours(1))) {
            PageShell.write(response, 429, CardPageHtml.messageBack(t, self, t.get("card.title"), "too-many",
                    t.get("tooMany")));
            return;
        }
        Store store = views.homeStore(customer);
        LocalDate today = clock.instant().atZone(ZoneId.of(store.zoneId())).toLocalDate();
        if (limiter.allow("share-card:" + Secrets.sha256Hex(customer.id() + ":" + today).substring(0, 40), 1,
                Duration.ofDays(1))) {
            counts.countShare(store.id(), today);
        }
        response.setStatus(204);
        PageShell.secure(response);
    }
}
