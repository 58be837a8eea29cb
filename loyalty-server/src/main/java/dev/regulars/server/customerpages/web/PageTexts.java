package dev.regulars.server.customerpages.web;

import dev.regulars.core.money.Money;
import dev.regulars.core.rules.Discount;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the join and card pages in en, ru or nl (pages_*.properties beside this class). The language is the
 * one chosen with the switch ({@code ?lang=}, kept in a cookie for a year), else the browser's first one we have
 * (Accept-Language), else English.
 */
final class PageTexts {

    static final List<String> LANGUAGES = List.of("en", "ru", "nl");
    static final String COOKIE = "regulars-lang";
    /** How much of a typed value an error repeats. */
    static final int ECHO = 40;

    private final String language;
    private final ResourceBundle bundle;

    PageTexts(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("dev.regulars.server.customerpages.web.pages",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The request's language; a switch ({@code ?lang=}) is remembered in the response's cookie. */
    static PageTexts of(HttpServletRequest request, HttpServletResponse response) {
        String asked = request.getParameter("lang");
        if (asked != null && LANGUAGES.contains(asked)) {
            response.addCookie(PageShell.cookie(request, COOKIE, asked,
                    request.getContextPath().isEmpty() ? "/" : request.getContextPath(), 365 * 24 * 3600));
            return new PageTexts(asked);
        }
        return ofHeaders(request);
    }

    /** The language from the cookie or the browser alone, without reading the body (for a refused oversized post). */
    static PageTexts ofHeaders(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (c.getName().equals(COOKIE) && LANGUAGES.contains(c.getValue())) {
                    return new PageTexts(c.getValue());
                }
            }
        }
        return new PageTexts(browsers(request.getLocales()));
    }

    /** At most {@value #ECHO} characters of what someone typed, to repeat in an error: pages stay small. */
    static String echo(String typed) {
        String s = typed == null ? "" : typed.strip();
        return s.codePointCount(0, s.length()) <= ECHO ? s : s.substring(0, s.offsetByCodePoints(0, ECHO)) + "…";
    }

    private static String browsers(Enumeration<Locale> locales) {
        while (locales != null && locales.hasMoreElements()) {
            String candidate = locales.nextElement().getLanguage();
            if (LANGUAGES.contains(candidate)) {
                return candidate;
            }
        }
        return "en";
    }

    String language() {
        return language;
    }

    Locale locale() {
        return Locale.forLanguageTag(language.equals("en") ? "en-GB" : language);
    }

    /** The text of {@code key}, a MessageFormat pattern when there are arguments. */
    String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale()).format(args);
    }

    /** A country's name in the page's language: "NL" is "the Netherlands", "Нидерланды", "Nederland". */
    String country(String region) {
        return new Locale("", region).getDisplayCountry(locale());
    }

    /** A discount in words: "20% (up to €3.00)", "€2.50". */
    String discount(Discount d, String currency) {
        return d.kind() == Discount.Kind.PERCENT
                ? get(d.capMinor() > 0 ? "invite.percentCapped" : "invite.percent", d.percent().value() / 100.0,
                Money.of(d.capMinor(), currency).format(locale()))
                : Money.of(d.fixedMinor(), currency).format(locale());
    }

    /** The raw pattern of {@code key} (for a text filled in elsewhere, such as the SMS). */
    String pattern(String key) {
        return bundle.getString(key);
    }
}
