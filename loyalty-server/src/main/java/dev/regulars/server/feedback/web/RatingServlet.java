package dev.regulars.server.feedback.web;

import dev.regulars.core.feedback.ReceiptToken;
import dev.regulars.core.money.Money;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.feedback.Rating;
import dev.regulars.server.feedback.Ratings;
import dev.regulars.server.platform.ClientAddressReader;
import dev.regulars.server.platform.RateLimiter;
import dev.regulars.server.sales.ReceiptLookup;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;

/**
 * The receipt's rating link, {@code /r/{token}} (DESIGN.md section 2): no login, no JavaScript. GET shows the
 * form (or the thanks, once rated); POST sends the rating; {@code /r/{token}/thanks} follows a send (post, redirect,
 * get: a reload sends nothing twice); {@code /r/{token}/call-back} takes an anonymous visitor's number after a low
 * rating. A token that is no sale's answers a plain 404 that says nothing more. Sends are rate-limited per address
 * and per receipt.
 */
@WebServlet("/r/*")
public class RatingServlet extends HttpServlet {

    private static final int SENDS_PER_ADDRESS = 30;
    private static final int SENDS_PER_RECEIPT = 10;
    private static final Duration WINDOW = Duration.ofMinutes(10);

    @Inject
    private Ratings ratings;
    @Inject
    private ReceiptLookup receipts;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private RateLimiter limiter;
    @Inject
    private ClientAddressReader addresses;
    @Inject
    private java.time.Clock clock;

    /**
     * The parts of a path under /r/: the token, what follows it, and the page's own path (context root included)
     * that its links and forms point at.
     */
    private record Route(String token, UUID saleId, String rest, String self) {
    }

    /** Anything but GET, HEAD and POST is a plain 404 too: the page says nothing about the server behind it. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws jakarta.servlet.ServletException, IOException {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("POST")) {
            super.service(request, response);
        } else {
            notFound(response);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Route> route = route(request);
        if (route.isEmpty() || !(route.get().rest().isEmpty() || route.get().rest().equals("thanks"))) {
            notFound(response);
            return;
        }
        Route r = route.get();
        RatingTexts t = RatingTexts.choose(request.getParameter("lang"), request.getLocales());
        Optional<Rating> rating = ratings.of(r.saleId());
        if (rating.isPresent() && (request.getParameter("edit") == null || !rating.get().changeableAt(clock.instant()))) {
            thanks(response, 200, t, r, rating.get(), "1".equals(request.getParameter("updated")), "", null, null);
        } else {
            int stars = rating.map(Rating::stars).orElse(0);
            String comment = rating.map(Rating::comment).orElse("");
            html(response, 200, RatingPageHtml.form(t, r.self(), visit(r, t), stars, comment, null, null));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Optional<Route> route = route(request);
        if (route.isEmpty() || !(route.get().rest().isEmpty() || route.get().rest().equals("call-back"))) {
            notFound(response);
            return;
        }
        Route r = route.get();
        RatingTexts t = RatingTexts.choose(request.getParameter("lang"), request.getLocales());
        if (!limiter.allow("rate-ip:" + addresses.limitKey(request), SENDS_PER_ADDRESS, WINDOW)
                || !limiter.allow("rate-receipt:" + r.saleId(), SENDS_PER_RECEIPT, WINDOW)) {
            html(response, 429, RatingPageHtml.message(t, r.self(), visit(r, t), "too-many", t.get("tooMany")));
            return;
        }
        if (r.rest().equals("call-back")) {
            callBack(request, response, t, r);
        } else {
            rate(request, response, t, r);
        }
    }

    private void rate(HttpServletRequest request, HttpServletResponse response, RatingTexts t, Route r)
            throws IOException {
        String comment = request.getParameter("comment") == null ? "" : request.getParameter("comment");
        int stars = stars(request.getParameter("stars"));
        String starsError = stars == 0 ? t.get("stars.missing") : null;
        String stripped = comment.strip();
        String commentError = stripped.codePointCount(0, stripped.length()) > Rating.MAX_COMMENT
                ? t.get("comment.tooLong") : null;
        if (starsError != null || commentError != null) {
            html(response, 400, RatingPageHtml.form(t, r.self(), visit(r, t), stars, comment, starsError,
                    commentError));
            return;
        }
        switch (ratings.rate(r.saleId(), stars, comment, t.language())) {
            case TOO_LATE -> html(response, 409, RatingPageHtml.message(t, r.self(), visit(r, t), "too-late",
                    t.get("tooLate")));
            case NEW -> redirect(response, r, t, false);
            case REPLACED -> redirect(response, r, t, true);
        }
    }

    private void callBack(HttpServletRequest request, HttpServletResponse response, RatingTexts t, Route r)
            throws IOException {
        Optional<Rating> rating = ratings.of(r.saleId());
        if (rating.isEmpty()) {
            notFound(response);
            return;
        }
        String phone = request.getParameter("phone") == null ? "" : request.getParameter("phone");
        boolean consent = "yes".equals(request.getParameter("consent"));
        if (!consent) {
            thanks(response, 400, t, r, rating.get(), false, phone, null, t.get("consent.missing"));
            return;
        }
        try {
            ratings.callMeBack(r.saleId(), phone, true);
        } catch (IllegalArgumentException e) {
            thanks(response, 400, t, r, rating.get(), false, phone, e.getMessage(), null);
            return;
        }
        html(response, 200, RatingPageHtml.message(t, r.self(), visit(r, t), "call-back-saved",
                t.get("callback.saved")));
    }

    private void thanks(HttpServletResponse response, int status, RatingTexts t, Route r, Rating rating,
                        boolean updated, String phone, String phoneError, String consentError) throws IOException {
        String code = rating.customerId() == null ? null : customers.byId(rating.businessId(), rating.customerId())
                .map(c -> c.referralCode()).orElse(null);
        boolean offerCallBack = rating.isLow() && rating.isAttached() && rating.customerId() == null
                && rating.callbackPhone() == null;
        String shownPhone = phone.length() > 30 ? phone.substring(0, 30) : phone;
        html(response, status, RatingPageHtml.thanks(t, r.self(), visit(r, t), updated, rating.isLow(),
                offerCallBack, rating.callbackPhone() != null, rating.changeableAt(clock.instant()), code, shownPhone, phoneError,
                consentError));
    }

    /** "Canal Street · 29 Nov 2026, 10:15 · €6.08" in the page's language and the store's zone. */
    private String visit(Route r, RatingTexts t) {
        return receipts.bySaleId(r.saleId().toString()).map(receipt -> receipt.storeName() + " · "
                + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(t.locale())
                .format(receipt.rungUpAt().atZone(ZoneId.of(receipt.zoneId()))) + " · "
                + Money.of(receipt.dueMinor(), receipt.currency()).format(t.locale())).orElse(t.get("visit.unknown"));
    }

    private static Optional<Route> route(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.split("/", -1);
        if (parts.length < 2 || parts.length > 3) {
            return Optional.empty();
        }
        String rest = parts.length == 3 ? parts[2] : "";
        return ReceiptToken.saleId(parts[1]).map(id -> new Route(parts[1], id, rest,
                request.getContextPath() + "/r/" + parts[1]));
    }

    private static int stars(String value) {
        if (value == null || !value.matches("[1-5]")) {
            return 0;
        }
        return Integer.parseInt(value);
    }

    private static void redirect(HttpServletResponse response, Route r, RatingTexts t, boolean updated) {
        response.setStatus(303);
        response.setHeader("Location", r.self() + "/thanks?lang=" + t.language()
                + (updated ? "&updated=1" : ""));
    }

    private static void html(HttpServletResponse response, int status, String page) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.getWriter().write(page);
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(404);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write("Not found");
    }
}
