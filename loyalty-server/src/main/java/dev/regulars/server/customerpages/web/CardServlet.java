package dev.regulars.server.customerpages.web;

import dev.regulars.core.identification.RotatingRedeemCode;
import dev.regulars.server.customerpages.CardLinks;
import dev.regulars.server.customerpages.CardSettings;
import dev.regulars.server.customerpages.CardViews;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerCard;
import dev.regulars.server.platform.EmailAddresses;
import dev.regulars.server.platform.ClientAddressReader;
import dev.regulars.server.platform.RateLimiter;
import dev.regulars.server.platform.Secrets;
import dev.regulars.server.wallet.WalletCards;
import dev.regulars.server.wallet.WalletSettings;
import dev.regulars.wallet.apple.PkPassBuilder;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The customer's card page, {@code /c/{token}} (issue 11): GET shows it; {@code /wallet/apple} and
 * {@code /wallet/google} give the Wallet pass (404 in words when the server has no Wallet, 503 in words naming the
 * setting and file when its files are unusable); {@code /redeem.svg} is the rotating redeem
 * QR (RotatingRedeemCode, the current 30-second window); POST {@code /consents}, {@code /unsubscribe},
 * {@code /new-link} (a new token, the old one stops working), {@code /delete} (after a confirmation page: erases
 * the customer's data) and {@code /share}, the page's beacon when its referral link was shared or copied
 * ({@link SharedCodes}: 204, counted at most once a card a day; the link's secret in the path is the credential). An unknown or old token gets a 404 page that says so. Changes are limited per link and per
 * address (IPv6 per /64); unsubscribing and deleting have their own, generous limit, so saving settings never blocks
 * leaving, and a 429 links back to the card. A change's notice is shown once on the clean URL (Notices).
 */
@WebServlet("/c/*")
public class CardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int CHANGES_PER_LINK = 20;
    private static final int CHANGES_PER_ADDRESS = 60;
    private static final int LEAVES_PER_LINK = 100;
    private static final int LEAVES_PER_ADDRESS = 300;
    private static final Duration WINDOW = Duration.ofMinutes(10);

    @Inject
    private CardLinks links;
    @Inject
    private CardViews views;
    @Inject
    private CardSettings settings;
    @Inject
    private RateLimiter limiter;
    @Inject
    private ClientAddressReader addresses;
    @Inject
    private WalletCards wallet;
    @Inject
    private SharedCodes shares;
    @Inject
    private Clock clock;

    /** The token and what follows it. */
    private record Route(String token, String rest, String self) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageTexts t = PageTexts.of(request, response);
        Route r = route(request);
        Optional<Customer> customer = links.customerOf(r.token());
        if (customer.isEmpty()) {
            if (r.rest().isEmpty() && Notices.take(request, response, r.self()).filter("deleted"::equals).isPresent()) {
                // the redirect after "delete my data": the link names nobody now, and says so once
                PageShell.write(response, 200, CardPageHtml.message(t, request(r), t.get("delete.doneTitle"),
                        "deleted", t.get("delete.done")));
            } else {
                unknown(response, t, r);
            }
            return;
        }
        if (wrongPath(response, t, r, "GET")) {
            return;
        }
        switch (r.rest()) {
            case "" -> PageShell.write(response, 200, CardPageHtml.card(t, r.self(), views.of(customer.get()),
                    Notices.take(request, response, r.self()).map(done -> t.get("done." + done)).orElse(null), null,
                    null));
            case "redeem.svg" -> redeemCode(response, customer.get(), t);
            case "delete" -> PageShell.write(response, 200, CardPageHtml.confirmDelete(t, r.self(), null));
            case "wallet/apple" -> appleWallet(response, customer.get(), t, r);
            case "wallet/google" -> googleWallet(response, customer.get(), t, r);
            default -> unknown(response, t, r);
        }
    }

    /** The signed .pkpass of the customer's pass; Safari offers to add it to Wallet. */
    private void appleWallet(HttpServletResponse response, Customer customer, PageTexts t, Route r)
            throws IOException {
        byte[] pkpass;
        try {
            pkpass = wallet.applePass(customer);
        } catch (WalletSettings.WalletNotSetUp e) {
            PageShell.write(response, 404, CardPageHtml.message(t, r.self(), t.get("card.title"), "wallet-off",
                    t.get("wallet.appleOff")));
            return;
        } catch (WalletSettings.WalletUnusable e) {
            PageShell.write(response, 503, CardPageHtml.message(t, r.self(), t.get("card.title"), "wallet-broken",
                    t.get("wallet.appleBroken", e.getMessage())));
            return;
        }
        response.setContentType(PkPassBuilder.MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"card.pkpass\"");
        response.setContentLength(pkpass.length);
        response.getOutputStream().write(pkpass);
    }

    /** To Google's "Save to Google Wallet" page, with the customer's card in the signed link. */
    private void googleWallet(HttpServletResponse response, Customer customer, PageTexts t, Route r)
            throws IOException {
        try {
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(wallet.googleLink(customer).toString());
        } catch (WalletSettings.WalletNotSetUp e) {
            PageShell.write(response, 404, CardPageHtml.message(t, r.self(), t.get("card.title"), "wallet-off",
                    t.get("wallet.googleOff")));
        } catch (WalletSettings.WalletUnusable e) {
            PageShell.write(response, 503, CardPageHtml.message(t, r.self(), t.get("card.title"), "wallet-broken",
                    t.get("wallet.googleBroken", e.getMessage())));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        PageTexts t = PageTexts.of(request, response);
        Route r = route(request);
        Optional<Customer> customer = links.customerOf(r.token());
        if (customer.isEmpty()) {
            unknown(response, t, r);
            return;
        }
        if (wrongPath(response, t, r, "POST")) {
            return;
        }
        if (r.rest().equals("share")) {
            shares.shared(request, response, t, r.self(), customer.get());
            return;
        }
        // the bucket holds a hash of the link, never the link. Unsubscribing and deleting one's data have their own
        // generous limit: saving settings many times must never block leaving
        boolean leaving = r.rest().equals("unsubscribe") || r.rest().equals("delete");
        String scope = leaving ? "card-leave" : "card";
        if (!limiter.allow(scope + ":" + Secrets.sha256Hex(r.token()).substring(0, 40),
                leaving ? LEAVES_PER_LINK : CHANGES_PER_LINK, WINDOW)
                || !limiter.allow(scope + "-ip:" + addresses.limitKey(request),
                leaving ? LEAVES_PER_ADDRESS : CHANGES_PER_ADDRESS, WINDOW)) {
            PageShell.write(response, 429, CardPageHtml.messageBack(t, r.self(), t.get("card.title"), "too-many",
                    t.get("tooMany")));
            return;
        }
        switch (r.rest()) {
            case "consents" -> consents(request, response, t, r, customer.get());
            case "unsubscribe" -> {
                settings.consents(r.token(), false, false, false, customer.get().email());
                Notices.redirect(request, response, r.self(), "unsubscribed");
            }
            case "new-link" -> {
                Optional<String> fresh = links.reissue(r.token());
                if (fresh.isPresent()) {
                    Notices.redirect(request, response, request.getContextPath() + "/c/" + fresh.get(), "newLink");
                } else {
                    unknown(response, t, r);
                }
            }
            case "delete" -> {
                if (!"yes".equals(request.getParameter("confirm"))) {
                    PageShell.write(response, 400, CardPageHtml.confirmDelete(t, r.self(), t.get("delete.missing")));
                } else if (settings.erase(r.token())) {
                    // Post/Redirect/Get: a reload shows the page again instead of asking to send the form again
                    Notices.redirect(request, response, r.self(), "deleted");
                } else {
                    unknown(response, t, r);
                }
            }
            default -> unknown(response, t, r);
        }
    }

    private void consents(HttpServletRequest request, HttpServletResponse response, PageTexts t, Route r,
                          Customer customer) throws IOException {
        String typed = request.getParameter("emailAddress") == null ? "" : request.getParameter("emailAddress").strip();
        boolean email = "yes".equals(request.getParameter("email"));
        String error = !typed.isEmpty() && !EmailAddresses.isValid(typed) ? t.get("error.email", PageTexts.echo(typed))
                : email && typed.isEmpty() ? t.get("error.emailMissing") : null;
        if (error != null) {
            PageShell.write(response, 400, CardPageHtml.card(t, r.self(), views.of(customer), null,
                    new CardPageHtml.Typed("yes".equals(request.getParameter("sms")), email,
                            "yes".equals(request.getParameter("wallet")),
                            typed.length() > 254 ? typed.substring(0, 254) : typed), error));
            return;
        }
        settings.consents(r.token(), "yes".equals(request.getParameter("sms")), email,
                "yes".equals(request.getParameter("wallet")), typed.isEmpty() ? null : typed);
        Notices.redirect(request, response, r.self(), "saved");
    }

    /** The QR of the current window's redeem code: it is only ever fetched, never kept. */
    private void redeemCode(HttpServletResponse response, Customer customer, PageTexts t) throws IOException {
        Optional<CustomerCard> card = views.phoneCard(customer);
        if (card.isEmpty()) {
            response.sendError(404);
            return;
        }
        String code = RotatingRedeemCode.codeFor(card.get().codeSecret(), card.get().cardNumber(), clock.instant());
        response.setContentType("image/svg+xml; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Svg.qr(code, "280", t.get("redeem.alt")));
    }

    private static Route route(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.split("/", 3);
        String token = parts.length >= 2 ? parts[1] : "";
        return new Route(token, parts.length == 3 ? parts[2] : "", request.getContextPath() + "/c/" + token);
    }

    /**
     * For a valid link, a path the card does not have (404) or does not take the method on (405 with Allow), in
     * words with a way back to the card: the link itself is fine, so the page must not say it stopped working.
     *
     * @return whether the answer was written
     */
    private static boolean wrongPath(HttpServletResponse response, PageTexts t, Route r, String method)
            throws IOException {
        Optional<String> allowed = CardPaths.allowed(r.rest());
        if (allowed.isEmpty()) {
            PageShell.write(response, 404, CardPageHtml.messageBack(t, r.self(), t.get("card.title"), "no-such-page",
                    t.get("card.noSuchPage")));
            return true;
        }
        if (!allowed.get().contains(method)) {
            response.setHeader("Allow", allowed.get());
            PageShell.write(response, 405, CardPageHtml.messageBack(t, r.self(), t.get("card.title"), "wrong-method",
                    t.get("card.wrongMethod")));
            return true;
        }
        return false;
    }

    private static void unknown(HttpServletResponse response, PageTexts t, Route r) throws IOException {
        PageShell.write(response, 404, CardPageHtml.message(t, request(r), t.get("card.title"), "unknown-card",
                t.get("card.unknown")));
    }

    /** The page's path for the language links; an unknown token is not repeated in them. */
    private static String request(Route r) {
        return r.self().substring(0, r.self().lastIndexOf("/c/") + 3);
    }
}
