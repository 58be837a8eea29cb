package dev.regulars.server.customerpages.web;

import static dev.regulars.server.customerpages.web.PageShell.error;
import static dev.regulars.server.platform.Html.escape;

import dev.regulars.server.customerpages.PhoneCodes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Map;

/** The steps of joining as HTML, without JavaScript: the phone, the code, the details; every value escaped. */
final class JoinPageHtml {

    private JoinPageHtml() {
    }

    /** Step 1: the phone number (and a friend's code from the link, carried along). */
    static String phone(PageTexts t, String self, String store, String phone, String ref, String phoneError,
                        String invitation) {
        // the language links keep the friend's code: switching language must not lose the invitation
        return PageShell.page(t, t.get("join.title", store), withRef(self, ref), (invitation == null ? ""
                : "<p id=\"invitation\">" + escape(invitation) + "</p>") + """
                <p class="note" id="intro">%s</p>
                <form method="post" action="%s"><section>
                <input type="hidden" name="ref" value="%s">
                <label for="phone">%s</label>
                <input type="tel" id="phone" name="phone" autocomplete="tel" inputmode="tel" maxlength="30" value="%s">
                %s
                <button type="submit" id="send-code">%s</button></section></form>""".formatted(
                escape(t.get("join.intro")), escape(self), escape(ref), escape(t.get("phone")), escape(phone),
                error("phone-error", phoneError), escape(t.get("sendCode"))));
    }

    /**
     * The join page's path with a friend's code, so that a language switch or "start again" keeps it.
     *
     * @param ref the friend's code, or "" (or null) for none
     * @return {@code path?ref=CODE} (the code URL-encoded), or {@code path} without a code
     */
    static String withRef(String path, String ref) {
        return ref == null || ref.isEmpty() ? path
                : path + (path.contains("?") ? "&" : "?") + "ref=" + URLEncoder.encode(ref, StandardCharsets.UTF_8);
    }

    /** Step 2: the code from the SMS. */
    static String code(PageTexts t, String self, String store, String handle, String sentTo, String codeError,
                       String again) {
        return PageShell.page(t, t.get("join.title", store), self, """
                <p class="note" id="sent">%s</p>
                <form method="post" action="%s"><section>
                <input type="hidden" name="h" value="%s">
                <label for="code">%s</label>
                <input type="text" id="code" name="code" autocomplete="one-time-code" inputmode="numeric" maxlength="12">
                %s
                <button type="submit" id="check-code">%s</button></section></form>
                <p class="note" id="again-note">%s</p>
                <p><a class="button quiet" id="again" href="%s">%s</a></p>""".formatted(
                escape(t.get("code.sentTo", PhoneCodes.VALID.toMinutes(), sentTo)), escape(self), escape(handle),
                escape(t.get("code")), error("code-error", codeError), escape(t.get("continue")),
                escape(t.get("code.againNote")), escape(again), escape(t.get("code.again"))));
    }

    /**
     * Step 3: about the new customer; a refused send comes back with its values and the errors by field. The privacy
     * notice opens in a new tab, so reading it keeps what was typed and the proven phone (no second SMS).
     */
    static String details(PageTexts t, String self, String store, String handle, JoinForm f,
                          Map<String, String> errors, boolean rejoined) {
        StringBuilder months = new StringBuilder("<option value=\"\">—</option>");
        for (Month m : Month.values()) {
            String value = String.valueOf(m.getValue());
            months.append("<option value=\"").append(value).append('"')
                    .append(value.equals(f.month()) ? " selected" : "").append('>')
                    .append(escape(m.getDisplayName(TextStyle.FULL_STANDALONE, t.locale()))).append("</option>");
        }
        return PageShell.page(t, t.get("join.title", store), self, (rejoined ? "<p class=\"note\" id=\"rejoined\">"
                + escape(t.get("join.rejoined")) + "</p>" : "") + """
                <form method="post" action="%s"><section>
                <h2>%s</h2>
                <input type="hidden" name="h" value="%s">
                <label for="firstName">%s</label>
                <input type="text" id="firstName" name="firstName" autocomplete="given-name" maxlength="60" value="%s">
                %s
                <label for="day">%s</label>
                <div class="row"><input type="number" id="day" name="day" min="1" max="31" placeholder="%s" value="%s">
                <select id="month" name="month" aria-label="%s">%s</select></div>
                %s
                <h2>%s</h2>
                %s%s%s
                <label for="emailAddress">%s</label>
                <input type="email" id="emailAddress" name="emailAddress" autocomplete="email" maxlength="254" value="%s">
                %s
                <label for="friendCode">%s</label>
                <input type="text" id="friendCode" name="friendCode" maxlength="16" value="%s">
                %s
                <button type="submit" id="join">%s</button></section></form>
                <p class="note"><a id="privacy" href="%s" target="_blank" rel="noopener">%s</a></p>""".formatted(escape(self),
                escape(t.get("details")), escape(handle), escape(t.get("firstName")), escape(shown(f.firstName(), JoinForm.MAX_NAME)),
                error("firstName-error", errors.get("firstName")), escape(t.get("birthday")), escape(t.get("day")),
                escape(shown(f.day(), 2)), escape(t.get("month")), months, error("birthday-error", errors.get("birthday")),
                escape(t.get("consents")), check(t, "sms", f.sms()), check(t, "email", f.email()),
                check(t, "wallet", f.wallet()), escape(t.get("email")), escape(shown(f.emailAddress(), 254)),
                error("emailAddress-error", errors.get("emailAddress")), escape(t.get("friendCode")),
                escape(shown(f.friendCode(), 16)), error("friendCode-error", errors.get("friendCode")),
                escape(t.get("join")), escape(self.substring(0, self.lastIndexOf('/')) + "/privacy"),
                escape(t.get("privacy.link"))));
    }

    /**
     * What joining stores, why, and how to delete it, linked from the details step: who is responsible (the business,
     * at the store's address when the store has one), the legal basis of each use, and the right to complain to the
     * data-protection authority (GDPR art. 13).
     *
     * @param business the business's name, the controller
     * @param address  the store's address (lines separated by new lines), or null when the store has none
     */
    static String privacy(PageTexts t, String self, String store, String business, String address, String start) {
        String controller = address == null || address.isBlank() ? t.get("privacy.controller", business)
                : t.get("privacy.controllerAt", business, address.strip().replaceAll("\\s*\\R\\s*", ", "));
        return PageShell.page(t, t.get("privacy.title", store), self, "<section id=\"privacy-notice\"><p id=\"controller\">"
                + escape(controller) + "</p><p>"
                + escape(t.get("privacy.stored")) + "</p><p>" + escape(t.get("privacy.why")) + "</p><p id=\"basis\">"
                + escape(t.get("privacy.basis")) + "</p><p>"
                + escape(t.get("privacy.delete")) + "</p><p id=\"complain\">" + escape(t.get("privacy.complain"))
                + "</p></section><p><a class=\"button quiet\" id=\"start\" href=\""
                + escape(start) + "\">" + escape(t.get("join.back")) + "</a></p>");
    }

    /** A refused value as the field shows it again: at most the field's maxlength, so a page stays small. */
    private static String shown(String value, int max) {
        return value.codePointCount(0, value.length()) <= max ? value
                : value.substring(0, value.offsetByCodePoints(0, max));
    }

    /** A page with one message and a way back to the start. */
    static String message(PageTexts t, String self, String title, String id, String text, String start) {
        return PageShell.page(t, title, self, "<p id=\"" + id + "\">" + escape(text) + "</p>"
                + (start == null ? "" : "<p><a class=\"button\" id=\"start\" href=\"" + escape(start) + "\">"
                + escape(t.get("start")) + "</a></p>"));
    }

    static String check(PageTexts t, String name, boolean checked) {
        return "<div class=\"check\"><input type=\"checkbox\" id=\"" + name + "\" name=\"" + name + "\" value=\"yes\""
                + (checked ? " checked" : "") + "><label for=\"" + name + "\">" + escape(t.get("consent." + name))
                + "</label></div>";
    }
}
