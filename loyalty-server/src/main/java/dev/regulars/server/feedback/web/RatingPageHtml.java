package dev.regulars.server.feedback.web;

import static dev.regulars.server.platform.Html.escape;

/**
 * The rating pages as HTML: phone-first, one column, big touch targets, and no JavaScript (the stars are radio
 * buttons; a form posts). Every value shown is escaped.
 */
final class RatingPageHtml {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#faf7f2;
            color:#222}main{max-width:28rem;margin:0 auto;padding:1.25rem}h1{font-size:1.5rem;margin:.5rem 0}
            .visit{color:#555;margin:0 0 1.25rem}.stars{display:flex;flex-direction:row-reverse;
            justify-content:flex-end;gap:.25rem;border:0;padding:0;margin:0 0 1rem}.stars input{position:absolute;
            opacity:0;width:1px;height:1px}.stars label{font-size:2.75rem;line-height:1;color:#ccc;cursor:pointer;
            padding:.25rem}.stars input:checked~label,.stars label:hover,.stars label:hover~label{color:#e8a100}
            .stars input:focus-visible+label{outline:2px solid #333}label.field{display:block;margin:.75rem 0 .25rem}
            textarea,input[type=tel]{width:100%;box-sizing:border-box;font:inherit;font-size:1rem;padding:.75rem;
            border:1px solid #bbb;border-radius:.5rem}textarea{min-height:6rem}button{width:100%;font-size:1.1rem;
            padding:.9rem;margin-top:1rem;border:0;border-radius:.5rem;background:#2f6f4f;color:#fff}
            .error{color:#b00020;margin:.25rem 0}.check{display:flex;gap:.5rem;align-items:flex-start;
            margin-top:.75rem}.check input{width:1.5rem;height:1.5rem}.code{font-size:1.5rem;font-weight:700;
            letter-spacing:.1em}.langs{margin-top:2rem;font-size:.9rem;color:#777}.langs a{color:#555;margin-right:.75rem}
            .sr{position:absolute;left:-9999px}""";

    private RatingPageHtml() {
    }

    // "token" below is the page's own path, /{context}/r/{token}: links and forms point at it

    /** The form: stars and an optional comment; a failed send comes back with its values and what was wrong. */
    static String form(RatingTexts t, String token, String visit, int stars, String comment, String starsError,
                       String commentError) {
        StringBuilder starInputs = new StringBuilder();
        for (int n = 5; n >= 1; n--) {
            starInputs.append("<input type=\"radio\" id=\"star-").append(n).append("\" name=\"stars\" value=\"")
                    .append(n).append('"').append(n == stars ? " checked" : "").append("><label for=\"star-")
                    .append(n).append("\" title=\"").append(escape(t.get("star." + n))).append("\">★<span class=\"sr\">")
                    .append(escape(t.get("star." + n))).append("</span></label>");
        }
        return page(t, token, """
                <form method="post" action="%s">
                <input type="hidden" name="lang" value="%s">
                <fieldset class="stars" id="stars"><legend class="sr">%s</legend>%s</fieldset>
                %s
                <label class="field" for="comment">%s</label>
                <textarea id="comment" name="comment" maxlength="1000">%s</textarea>
                %s
                <button type="submit" id="send">%s</button>
                </form>""".formatted(token, t.language(), escape(t.get("question")), starInputs,
                error("stars-error", starsError), escape(t.get("comment")), escape(comment),
                error("comment-error", commentError), escape(t.get("send"))), visit);
    }

    /**
     * After a send: thanks, the customer's referral code when the visit was theirs, and for a low rating of an
     * anonymous visit the offer to leave a number for a call back.
     */
    static String thanks(RatingTexts t, String token, String visit, boolean updated, boolean low,
                         boolean offerCallBack, boolean callBackAsked, boolean changeable, String referralCode,
                         String phone, String phoneError, String consentError) {
        StringBuilder body = new StringBuilder("<p id=\"thanks\">")
                .append(escape(t.get(updated ? "thanks.updated" : "thanks"))).append("</p>");
        if (low && !offerCallBack && referralCode != null) {
            body.append("<p id=\"sorry\">").append(escape(t.get("thanks.low"))).append("</p>");
        }
        if (callBackAsked) {
            body.append("<p id=\"call-back-saved\">").append(escape(t.get("callback.saved"))).append("</p>");
        }
        if (offerCallBack) {
            body.append("""
                    <p id="sorry">%s</p>
                    <form method="post" action="%s/call-back">
                    <input type="hidden" name="lang" value="%s">
                    <label class="field" for="phone">%s</label>
                    <input type="tel" id="phone" name="phone" autocomplete="tel" maxlength="30" value="%s">
                    %s
                    <div class="check"><input type="checkbox" id="consent" name="consent" value="yes">
                    <label for="consent">%s</label></div>
                    %s
                    <button type="submit" id="call-me-back">%s</button>
                    </form>""".formatted(escape(t.get("thanks.lowAnonymous")), token, t.language(),
                    escape(t.get("phone")), escape(phone), error("phone-error", phoneError), escape(t.get("consent")),
                    error("consent-error", consentError), escape(t.get("callMeBack"))));
        }
        if (referralCode != null) {
            body.append("<p id=\"referral\">").append(escape(t.get("referral", referralCode))).append("</p>");
        }
        if (changeable) {
            body.append("<p><a id=\"change\" href=\"").append(token).append("?lang=").append(t.language())
                    .append("&amp;edit=1\">").append(escape(t.get("change"))).append("</a></p>");
        }
        return page(t, token, body.toString(), visit);
    }

    /** A page with one sentence: the rating stands, too many tries, a call back noted. */
    static String message(RatingTexts t, String token, String visit, String id, String text) {
        return page(t, token, "<p id=\"" + id + "\">" + escape(text) + "</p>", visit);
    }

    private static String error(String id, String text) {
        return text == null ? "" : "<p class=\"error\" id=\"" + id + "\" role=\"alert\">" + escape(text) + "</p>";
    }

    private static String page(RatingTexts t, String token, String body, String visit) {
        StringBuilder langs = new StringBuilder();
        for (String lang : RatingTexts.LANGUAGES) {
            String name = switch (lang) {
                case "ru" -> "Русский";
                case "nl" -> "Nederlands";
                default -> "English";
            };
            langs.append("<a lang=\"").append(lang).append("\" href=\"").append(token).append("?lang=")
                    .append(lang).append("\">").append(name).append("</a>");
        }
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s</title><style>%s</style></head>
                <body><main>
                <h1>%s</h1>
                <p class="visit" id="visit">%s</p>
                %s
                <nav class="langs" id="languages">%s</nav>
                </main></body></html>""".formatted(t.language(), escape(t.get("title")), STYLE,
                escape(t.get("title")), escape(visit), body, langs);
    }
}
