package dev.regulars.server.customerpages.web;

import dev.regulars.core.phone.InvalidPhoneNumberException;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.server.customerpages.PhoneCodes;
import dev.regulars.server.customerpages.WebEnrollment;
import dev.regulars.core.phone.CodeRecipients;
import dev.regulars.server.platform.DuplicateKeys;
import dev.regulars.server.platform.ClientAddressReader;
import dev.regulars.server.platform.RateLimiter;
import dev.regulars.server.stores.Store;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Joining at a store from one's phone, {@code /join/{store}} (the customer display's QR; friends' links add
 * {@code ?ref=CODE}), no JavaScript: the phone ({@code POST /join/{store}} sends a code by SMS and goes on to
 * {@code /code?h=...}), the code ({@code POST .../code}: a phone already enrolled goes to its card, a new one on to
 * {@code /details?h=...}), the details ({@code POST .../details}: the new card). Post, redirect, get: a reload sends
 * nothing twice. Code sends are limited per phone and per address (IPv6 per /64), code tries per address (and per
 * code by PhoneCodes); codes go only to mobile numbers of the store's country and of regulars.join.sms-countries
 * (CodeRecipients). A code that is not 6 digits takes no try. {@code /privacy} is the short privacy notice. Every
 * refusal says what is wrong, with a 4xx, repeating at most {@link PageTexts#ECHO} characters of what was typed.
 */
@WebServlet("/join/*")
public class JoinServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int SENDS_PER_PHONE = 3;
    private static final int SENDS_PER_ADDRESS = 20;
    private static final int TRIES_PER_ADDRESS = 30;
    private static final Duration WINDOW = Duration.ofMinutes(10);

    @Inject
    private WebEnrollment enrollment;
    @Inject
    private PhoneCodes codes;
    @Inject
    private RateLimiter limiter;
    @Inject
    private OpenedLinks openedLinks;
    @Inject
    private ClientAddressReader addresses;
    /** Countries (ISO 3166, comma-separated) whose numbers get codes besides each store's own. */
    @Inject
    @ConfigProperty(name = "regulars.join.sms-countries")
    private Optional<String> extraSmsCountries;

    /** The store and the step of a path under /join/. */
    private record Route(Store store, String step, String base) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageTexts t = PageTexts.of(request, response);
        Optional<Route> route = route(request, response, t);
        if (route.isEmpty()) {
            return;
        }
        Route r = route.get();
        String handle = request.getParameter("h");
        switch (r.step()) {
            case "" -> {
                // an unknown (or erased) friend's code is said once, here, and not carried on to the details form,
                // which would refuse it
                String ref = knownRef(r, ref(request));
                String unknownRef = ref(request).isEmpty() || !ref.isEmpty() ? null
                        : t.get("invite.unknown", PageTexts.echo(ref(request)));
                if (!ref.isEmpty()) {
                    openedLinks.opened(request, response, r.store(), ref);
                }
                PageShell.write(response, 200, JoinPageHtml.phone(t, r.base(), place(r), "", ref, null,
                        unknownRef == null ? invitation(t, r, ref) : unknownRef));
            }
            case "privacy" -> PageShell.write(response, 200, JoinPageHtml.privacy(t, r.base() + "/privacy", place(r),
                    r.store().business().name(), r.store().receipt().address(),
                    r.base()));
            case "code" -> {
                if (codes.proof(handle).isPresent()) {
                    PageShell.redirect(response, r.base() + "/details?h=" + handle);
                } else if (codes.waiting(handle)) {
                    PageShell.write(response, 200, JoinPageHtml.code(t, r.base() + "/code?h=" + handle,
                            place(r), handle, sentTo(handle), null, start(r, handle)));
                } else {
                    startAgain(response, 404, t, r, "code.unknown", handle);
                }
            }
            case "details" -> {
                Optional<PhoneCodes.Proof> proof = codes.proof(handle);
                if (proof.isPresent()) {
                    String friend = knownRef(r, proof.get().referralCode());
                    PageShell.write(response, 200, JoinPageHtml.details(t, r.base() + "/details?h=" + handle,
                            place(r), handle, JoinForm.read(name -> name.equals("friendCode") ? friend : null),
                            Map.of(), enrollment.erasedBefore(proof.get())));
                } else {
                    startAgain(response, 404, t, r, "code.unknown", handle);
                }
            }
            default -> notFound(response, t, r.base());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        PageTexts t = PageTexts.of(request, response);
        Optional<Route> route = route(request, response, t);
        if (route.isEmpty()) {
            return;
        }
        Route r = route.get();
        switch (r.step()) {
            case "" -> sendCode(request, response, t, r);
            case "code" -> checkCode(request, response, t, r);
            case "details" -> join(request, response, t, r);
            default -> notFound(response, t, r.base());
        }
    }

    private void sendCode(HttpServletRequest request, HttpServletResponse response, PageTexts t, Route r)
            throws IOException {
        String typed = request.getParameter("phone") == null ? "" : request.getParameter("phone");
        String shown = typed.length() > 30 ? typed.substring(0, 30) : typed;
        PhoneNumber phone;
        try {
            phone = PhoneNumbers.normalize(typed, r.store().phoneRegion());
        } catch (InvalidPhoneNumberException e) {
            String key = e.key() == null ? "phone.invalid" : e.key();
            PageShell.write(response, 400, JoinPageHtml.phone(t, r.base(), place(r), shown, ref(request),
                    t.get(key, PageTexts.echo(typed), t.country(r.store().phoneRegion())), null));
            return;
        }
        Optional<String> refused = CodeRecipients.refusal(phone, smsRegions(r.store()));
        if (refused.isPresent()) {
            PageShell.write(response, 400, JoinPageHtml.phone(t, r.base(), place(r), shown, ref(request),
                    t.get(refused.get(), PageTexts.echo(typed), t.country(r.store().phoneRegion())), null));
            return;
        }
        if (!limiter.allow("join-ip:" + addresses.limitKey(request), SENDS_PER_ADDRESS, WINDOW)
                || !limiter.allow("join-phone:" + phone.e164(), SENDS_PER_PHONE, WINDOW)) {
            PageShell.write(response, 429, JoinPageHtml.phone(t, r.base(), place(r), shown, ref(request),
                    t.get("tooMany"), null));
            return;
        }
        String ref = knownRef(r, ref(request));
        String handle = codes.issue(r.store(), phone, ref.isEmpty() ? null : ref, t.pattern("sms"), t.language());
        PageShell.redirect(response, r.base() + "/code?h=" + handle);
    }

    private void checkCode(HttpServletRequest request, HttpServletResponse response, PageTexts t, Route r)
            throws IOException {
        String handle = request.getParameter("h");
        String self = r.base() + "/code?h=" + handle;
        if (!limiter.allow("join-code-ip:" + addresses.limitKey(request), TRIES_PER_ADDRESS, WINDOW)) {
            PageShell.write(response, 429, JoinPageHtml.code(t, self, place(r), handle, sentTo(handle), t.get("tooMany"),
                    start(r, handle)));
            return;
        }
        String typed = request.getParameter("code") == null ? "" : request.getParameter("code").replaceAll("[\\s-]", "");
        if (!typed.matches("\\d{6}")) {
            // a slip of the finger, not a guess: it takes none of the code's tries
            PageShell.write(response, 400, JoinPageHtml.code(t, self, place(r), handle, sentTo(handle), t.get("code.format"),
                    start(r, handle)));
            return;
        }
        PhoneCodes.Checked checked = codes.check(handle, typed);
        switch (checked.verdict()) {
            case RIGHT -> {
                try {
                    Optional<String> card = enrollment.returning(handle);
                    PageShell.redirect(response, card.map(token -> cardPath(request, token))
                            .orElse(r.base() + "/details?h=" + handle));
                } catch (WebEnrollment.NoProof e) {
                    startAgain(response, 410, t, r, "code.unknown", handle);
                }
            }
            case WRONG -> PageShell.write(response, 400, JoinPageHtml.code(t, self, place(r), handle,
                    sentTo(handle), t.get("code.wrong", checked.triesLeft()), start(r, handle)));
            case EXPIRED -> startAgain(response, 410, t, r, "code.expired", handle);
            case LOCKED -> startAgain(response, 429, t, r, "code.locked", handle);
            case UNKNOWN -> startAgain(response, 404, t, r, "code.unknown", handle);
        }
    }

    private void join(HttpServletRequest request, HttpServletResponse response, PageTexts t, Route r)
            throws IOException {
        String handle = request.getParameter("h");
        Optional<PhoneCodes.Proof> proof = codes.proof(handle);
        if (proof.isEmpty()) {
            startAgain(response, 410, t, r, "code.unknown", handle);
            return;
        }
        JoinForm form = JoinForm.read(request::getParameter);
        Map<String, JoinForm.Error> errors = form.errors(code -> enrollment.isFriendsCode(r.store().business().id(),
                code));
        if (!errors.isEmpty()) {
            Map<String, String> worded = new LinkedHashMap<>();
            errors.forEach((field, e) -> worded.put(field, t.get(e.key(), e.args())));
            PageShell.write(response, 400, JoinPageHtml.details(t, r.base() + "/details?h=" + handle,
                    place(r), handle, form, worded, enrollment.erasedBefore(proof.get())));
            return;
        }
        try {
            String token;
            try {
                token = enrollment.join(handle, form.details(t.language()));
            } catch (RuntimeException e) {
                if (!DuplicateKeys.isDuplicate(e)) {
                    throw e;
                }
                // the same phone joined at the same moment in another request (a second proof): its transaction
                // won, ours rolled back unspent; once more, the proven phone now finds that card
                token = enrollment.join(handle, form.details(t.language()));
            }
            PageShell.redirect(response, cardPath(request, token));
        } catch (WebEnrollment.NoProof e) {
            startAgain(response, 410, t, r, "code.unknown", handle);
        }
    }

    /** The café and the store, as the pages name them: "Regulars Demo Café · Canal Street". */
    private static String place(Route r) {
        return r.store().business().name() + " · " + r.store().name();
    }

    /** What a friend's link brings, in words, or null without a (known) code. */
    private String invitation(PageTexts t, Route r, String ref) {
        if (ref.isEmpty()) {
            return null;
        }
        return enrollment.invitation(r.store().business().id(), ref).map(i -> {
            String discount = t.discount(i.friendDiscount(), r.store().currency());
            String who = i.inviterName() == null || i.inviterName().isBlank() ? t.get("invite.someone")
                    : i.inviterName();
            return t.get("invite", who, discount, i.inviterBonusPoints());
        }).orElse(null);
    }

    /** The friend's code when it is a customer's of the store's business, else "" (not prefilled, not carried). */
    private String knownRef(Route r, String ref) {
        return ref == null || ref.isEmpty() || !enrollment.isFriendsCode(r.store().business().id(), ref) ? "" : ref;
    }

    /** The store's own country and those of the setting regulars.join.sms-countries. */
    private Set<String> smsRegions(Store store) {
        Set<String> regions = new HashSet<>();
        regions.add(store.phoneRegion());
        for (String region : extraSmsCountries.orElse("").split(",")) {
            if (!region.isBlank()) {
                regions.add(region.strip().toUpperCase(Locale.ROOT));
            }
        }
        return regions;
    }

    /** The number the handle's code went to as people write it ("+31 6 23456701"), for the code page ("" for none). */
    private String sentTo(String handle) {
        return codes.phoneOf(handle).map(e164 -> PhoneNumbers.formatInternational(new PhoneNumber(e164))).orElse("");
    }

    /** The store of the path, or a 404 page that says the store is not known (written here). */
    private Optional<Route> route(HttpServletRequest request, HttpServletResponse response, PageTexts t)
            throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.split("/", -1);
        Optional<Store> store = parts.length >= 2 && parts.length <= 3 ? enrollment.store(parts[1]) : Optional.empty();
        if (store.isEmpty()) {
            PageShell.write(response, 404, JoinPageHtml.message(t, request.getRequestURI(), t.get("join.unknownTitle"),
                    "unknown-store", t.get("store.unknown"), null));
            return Optional.empty();
        }
        return Optional.of(new Route(store.get(), parts.length == 3 ? parts[2] : "",
                request.getContextPath() + "/join/" + parts[1]));
    }

    private void startAgain(HttpServletResponse response, int status, PageTexts t, Route r, String key,
                            String handle) throws IOException {
        String start = start(r, handle);
        PageShell.write(response, status, JoinPageHtml.message(t, start, t.get("join.title", place(r)),
                "code-refused", t.get(key), start));
    }

    /** The phone step again, with the friend's code the handle's join started with: starting over keeps it. */
    private String start(Route r, String handle) {
        return JoinPageHtml.withRef(r.base(), codes.referralOf(handle));
    }

    private static void notFound(HttpServletResponse response, PageTexts t, String base) throws IOException {
        PageShell.write(response, 404, JoinPageHtml.message(t, base, t.get("join.unknownTitle"), "not-found",
                t.get("page.unknown"), base));
    }

    /** The friend's code of the link or the form, at most 16 characters. */
    private static String ref(HttpServletRequest request) {
        String ref = request.getParameter("ref");
        ref = ref == null ? "" : ref.strip();
        return ref.length() > 16 ? ref.substring(0, 16) : ref;
    }

    private static String cardPath(HttpServletRequest request, String token) {
        return request.getContextPath() + "/c/" + token;
    }
}
