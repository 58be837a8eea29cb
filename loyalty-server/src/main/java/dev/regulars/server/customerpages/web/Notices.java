package dev.regulars.server.customerpages.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;

/**
 * A notice after a change ("Saved.") shown once, without JavaScript and without a query the customer would bookmark:
 * the POST sets a short-lived cookie scoped to the card's path and redirects to the clean URL; the next GET shows the
 * notice and deletes the cookie, so a reload or a bookmark shows none.
 */
final class Notices {

    static final String COOKIE = "regulars-done";
    private static final Set<String> KNOWN = Set.of("saved", "unsubscribed", "newLink", "deleted");
    private static final int SECONDS = 60;

    private Notices() {
    }

    /** Redirects (303) to {@code path} with the notice {@code done} (one of saved, unsubscribed, newLink, deleted) waiting. */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String path, String done) {
        response.addCookie(PageShell.cookie(request, COOKIE, done, path, SECONDS));
        PageShell.redirect(response, path);
    }

    /** The waiting notice of the page at {@code path}, taken (its cookie deleted); empty when none. */
    static Optional<String> take(HttpServletRequest request, HttpServletResponse response, String path) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie c : request.getCookies()) {
            if (c.getName().equals(COOKIE) && KNOWN.contains(c.getValue())) {
                response.addCookie(PageShell.cookie(request, COOKIE, "", path, 0));
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }
}
