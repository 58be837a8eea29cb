package dev.regulars.server.customerpages.web;

import dev.regulars.server.customerpages.ReferralLinkOpens;
import dev.regulars.server.customerpages.SeenLinks;
import dev.regulars.server.platform.ClientAddressReader;
import dev.regulars.server.platform.RateLimiter;
import dev.regulars.server.stores.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Counts a friend's link opened on the join page with a valid code: once a code a browser a day (its cookie,
 * {@link SeenLinks}), and at most {@link #PER_ADDRESS} an hour from one address and {@link #PER_CODE} a day for one
 * code, so a script reloading without cookies cannot blow the figure up. The page is shown all the same.
 */
@ApplicationScoped
public class OpenedLinks {

    static final String COOKIE = "regulars-links";
    static final int PER_ADDRESS = 30;
    static final int PER_CODE = 50;

    @Inject
    private ReferralLinkOpens opens;
    @Inject
    private RateLimiter limiter;
    @Inject
    private ClientAddressReader addresses;
    @Inject
    private Clock clock;

    /** Notes that {@code code}, a friend's code known to the store's business, was opened on its join page. */
    public void opened(HttpServletRequest request, HttpServletResponse response, Store store, String code) {
        LocalDate today = clock.instant().atZone(ZoneId.of(store.zoneId())).toLocalDate();
        SeenLinks seen = SeenLinks.read(cookie(request), today);
        String key = SeenLinks.key(code.toUpperCase(java.util.Locale.ROOT));
        if (seen.has(key)) {
            return;
        }
        response.addCookie(PageShell.cookie(request, COOKIE, seen.with(key).write(), request.getContextPath()
                + "/join", (int) Duration.ofDays(1).toSeconds()));
        if (limiter.allow("link-ip:" + addresses.limitKey(request), PER_ADDRESS, Duration.ofHours(1))
                && limiter.allow("link-code:" + key, PER_CODE, Duration.ofDays(1))) {
            opens.count(store.id(), today);
        }
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }
}
