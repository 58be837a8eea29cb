package dev.regulars.server.customerpages.web;

import static dev.regulars.server.customerpages.web.PageShell.error;
import static dev.regulars.server.platform.Html.escape;

import dev.regulars.core.identification.CardNumbers;
import dev.regulars.core.money.Money;
import dev.regulars.server.customerpages.CardView;
import dev.regulars.server.sales.RecentSale;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The card page as HTML. The only JavaScript: the redeem QR is fetched again every 30 seconds (it rotates), and the
 * share and copy buttons (Web Share API, else copying the link), which tell the server when the link went out. QR codes and the barcode are SVG drawn on the server.
 */
final class CardPageHtml {

    /**
     * The rotating QR's refresh; the share button (the browser's share sheet, else copying) and the copy button,
     * each telling the server once it worked (a beacon to {@code /share}, counted once a card a day: SharedCodes).
     * Copying tries the Clipboard API, then the older select-and-copy.
     */
    private static final String SCRIPT = """
            <script>(function(){var q=document.getElementById('redeem-qr');function next(){q.src=q.dataset.src+'?t='\
            +Date.now()}if(q){setTimeout(function(){next();setInterval(next,30000)},30000-Date.now()%30000+500)}\
            var s=document.getElementById('share'),c=document.getElementById('copy');if(!s)return;\
            function told(){if(navigator.sendBeacon&&navigator.sendBeacon(s.dataset.count))return;\
            fetch(s.dataset.count,{method:'POST',keepalive:true}).catch(function(){})}\
            function copied(){document.getElementById('copied').hidden=false;told()}\
            function older(u){var a=document.createElement('textarea');a.value=u;document.body.appendChild(a);\
            a.select();var ok=false;try{ok=document.execCommand('copy')}catch(e){}a.remove();if(ok)copied()}\
            function copy(u){if(navigator.clipboard){navigator.clipboard.writeText(u).then(copied,function(){older(u)})}\
            else{older(u)}}\
            s.addEventListener('click',function(){var u=s.dataset.url;if(navigator.share){navigator.share({url:u})\
            .then(told,function(){})}else{copy(u)}});c.addEventListener('click',function(){copy(s.dataset.url)})})();
            </script>""";

    private CardPageHtml() {
    }

    /** The settings form as sent, when a send was refused: shown back as typed. */
    record Typed(boolean sms, boolean email, boolean wallet, String emailAddress) {
    }

    /**
     * @param self      the page's path, /{context}/c/{token}
     * @param notice    a line after a change ("Saved."), or null
     * @param typed     the settings as sent when they were refused, else null
     */
    static String card(PageTexts t, String self, CardView v, String notice, Typed typed, String emailError) {
        StringBuilder b = new StringBuilder();
        if (notice != null) {
            b.append("<p id=\"notice\" role=\"status\">").append(escape(notice)).append("</p>");
        }
        b.append("<p class=\"note\" id=\"cafe\">").append(escape(v.place())).append("</p>");
        if (v.friendDiscount() != null) {
            b.append("<p id=\"friend-discount\">").append(escape(t.get("card.friendDiscount",
                    t.discount(v.friendDiscount(), v.currency())))).append("</p>");
        }
        b.append("<section id=\"balance\"><p class=\"big\">").append(escape(t.get("balance", v.balance())))
                .append("</p><p id=\"tier\">").append(escape(t.get("tier", v.tier()))).append("</p><p id=\"next-tier\""
                        + " class=\"note\">").append(escape(v.nextTier() == null ? t.get("tier.top")
                        : t.get("tier.next", money(t, v.toNextTierMinor(), v.currency()), v.nextTier())))
                .append("</p></section>");
        b.append("<section id=\"redeem\"><h2>").append(escape(t.get("redeem.title"))).append("</h2>");
        if (v.cardNumber() != null) {
            b.append("<img class=\"qr\" id=\"redeem-qr\" alt=\"").append(escape(t.get("redeem.alt")))
                    .append("\" src=\"").append(escape(self)).append("/redeem.svg\" data-src=\"").append(escape(self))
                    .append("/redeem.svg\"><p class=\"note\">").append(escape(t.get("redeem"))).append("</p>")
                    .append("<h2>").append(escape(t.get("cardNumber"))).append("</h2>")
                    .append(Svg.code128("RC" + v.cardNumber(), t.get("cardNumber")))
                    .append("<p class=\"number\" id=\"card-number\">")
                    .append(escape(CardNumbers.printed(v.cardNumber()))).append("</p>");
        }
        b.append("</section>");
        expiring(t, v, b);
        visits(t, v, b);
        if (v.referralCode() != null) {
            b.append("<section id=\"referral\"><h2>").append(escape(t.get("referral.title"))).append("</h2><p>")
                    .append(escape(t.get("referral"))).append("</p><p class=\"number big\" id=\"referral-code\">")
                    .append(escape(v.referralCode())).append("</p>")
                    .append(Svg.qr(v.referralLink(), "14rem", t.get("referral.title")).replace("<svg ",
                            "<svg class=\"qr\" id=\"referral-qr\" "))
                    .append("<p class=\"note\" id=\"referral-link\">").append(escape(v.referralLink())).append("</p>")
                    .append("<button type=\"button\" id=\"share\" data-url=\"").append(escape(v.referralLink()))
                    .append("\" data-count=\"").append(escape(self)).append("/share\">").append(escape(t.get("share")))
                    .append("</button><button type=\"button\" class=\"quiet\" id=\"copy\">")
                    .append(escape(t.get("copy"))).append("</button><p id=\"copied\" hidden>")
                    .append(escape(t.get("copied"))).append("</p></section>");
        }
        if (v.appleWallet() || v.googleWallet()) {
            b.append("<section id=\"wallet\">");
            if (v.appleWallet()) {
                b.append("<a class=\"button\" id=\"wallet-apple\" href=\"").append(escape(self))
                        .append("/wallet/apple\">").append(escape(t.get("wallet.apple"))).append("</a>");
            }
            if (v.googleWallet()) {
                b.append("<a class=\"button\" id=\"wallet-google\" href=\"").append(escape(self))
                        .append("/wallet/google\">").append(escape(t.get("wallet.google"))).append("</a>");
            }
            b.append("</section>");
        }
        settings(t, self, typed != null ? typed : new Typed(v.consents("SMS"), v.consents("EMAIL"),
                v.consents("PUSH"), v.email() == null ? "" : v.email()), v.appleWallet() || v.googleWallet(),
                emailError, b);
        b.append(SCRIPT);
        String title = v.firstName() == null ? t.get("card.title") : t.get("card.hello", v.firstName());
        return PageShell.page(t, title, self, b.toString());
    }

    private static void expiring(PageTexts t, CardView v, StringBuilder b) {
        b.append("<section id=\"expiring\"><h2>").append(escape(t.get("expiring"))).append("</h2>");
        if (v.expiring().isEmpty()) {
            b.append("<p class=\"note\">").append(escape(t.get("expiring.none"))).append("</p>");
        } else {
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.locale());
            b.append("<ul>");
            v.expiring().forEach(e -> b.append("<li>").append(escape(t.get("expiring.item", e.points(),
                    date.format(e.on())))).append("</li>"));
            b.append("</ul>");
        }
        b.append("</section>");
    }

    private static void visits(PageTexts t, CardView v, StringBuilder b) {
        b.append("<section id=\"visits\"><h2>").append(escape(t.get("visits"))).append("</h2>");
        if (v.visits().isEmpty()) {
            b.append("<p class=\"note\">").append(escape(t.get("visits.none"))).append("</p>");
        } else {
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(t.locale());
            b.append("<ul>");
            for (RecentSale s : v.visits()) {
                b.append("<li>").append(escape(t.get(s.pointsRedeemed() == 0 ? "visit.earned" : "visit",
                        date.format(s.rungUpAt().atZone(v.zone())),
                        s.storeName(), money(t, s.dueMinor(), s.currency()), s.pointsEarned(), s.pointsRedeemed())))
                        .append("</li>");
            }
            b.append("</ul>");
        }
        b.append("</section>");
    }

    /**
     * @param wallet whether the server has Wallet set up: only then is the Wallet notifications consent offered;
     *     without, the consent the customer has is kept as it is (a hidden field), not withdrawn by a save
     */
    private static void settings(PageTexts t, String self, Typed shown, boolean wallet, String emailError,
                                 StringBuilder b) {
        b.append("<section id=\"settings\"><h2>").append(escape(t.get("settings"))).append("</h2><form method=\"post\""
                        + " action=\"").append(escape(self)).append("/consents\">")
                .append(JoinPageHtml.check(t, "sms", shown.sms()))
                .append(JoinPageHtml.check(t, "email", shown.email()))
                .append(wallet ? JoinPageHtml.check(t, "wallet", shown.wallet())
                        : shown.wallet() ? "<input type=\"hidden\" name=\"wallet\" value=\"yes\">" : "")
                .append("<label for=\"emailAddress\">").append(escape(t.get("email"))).append("</label>")
                .append("<input type=\"email\" id=\"emailAddress\" name=\"emailAddress\" maxlength=\"254\" value=\"")
                .append(escape(shown.emailAddress())).append("\">").append(error("emailAddress-error", emailError))
                .append("<button type=\"submit\" id=\"save-consents\">").append(escape(t.get("save")))
                .append("</button></form><form method=\"post\" action=\"").append(escape(self))
                .append("/unsubscribe\"><button type=\"submit\" class=\"quiet\" id=\"unsubscribe\">")
                .append(escape(t.get("unsubscribe"))).append("</button></form><form method=\"post\" action=\"")
                .append(escape(self)).append("/new-link\"><button type=\"submit\" class=\"quiet\" id=\"new-link\">")
                .append(escape(t.get("newLink"))).append("</button></form><p><a class=\"button quiet\" id=\"delete\""
                        + " href=\"").append(escape(self)).append("/delete\">").append(escape(t.get("delete")))
                .append("</a></p></section>");
    }

    /** "Delete your data?" with what goes and what stays, a box to tick and the button. */
    static String confirmDelete(PageTexts t, String self, String missing) {
        return PageShell.page(t, t.get("delete.title"), self + "/delete", """
                <p id="explain">%s</p>
                <form method="post" action="%s/delete"><section>
                <div class="check"><input type="checkbox" id="confirm" name="confirm" value="yes">
                <label for="confirm">%s</label></div>
                %s
                <button type="submit" class="danger" id="erase">%s</button></section></form>
                <p><a class="button quiet" id="keep" href="%s">%s</a></p>""".formatted(
                escape(t.get("delete.explain")), escape(self), escape(t.get("delete.tick")),
                error("confirm-error", missing), escape(t.get("delete.confirm")), escape(self),
                escape(t.get("delete.keep"))));
    }

    /** One message: the card is gone, or the link is unknown. */
    static String message(PageTexts t, String self, String title, String id, String text) {
        return PageShell.page(t, title, self, "<p id=\"" + id + "\">" + escape(text) + "</p>");
    }

    /** A message with a link back to the card (a refusal such as too many changes). */
    static String messageBack(PageTexts t, String self, String title, String id, String text) {
        return PageShell.page(t, title, self, "<p id=\"" + id + "\">" + escape(text) + "</p><p><a class=\"button\""
                + " id=\"back\" href=\"" + escape(self) + "\">" + escape(t.get("card.back")) + "</a></p>");
    }

    private static String money(PageTexts t, long minor, String currency) {
        return Money.of(minor, currency).format(t.locale());
    }
}
