package dev.regulars.server.customerpages.web;

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
            Cookie cookie = new Cookie(COOKIE, asked);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
            return new PageTexts(asked);
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (c.getName().equals(COOKIE) && LANGUAGES.contains(c.getValue())) {
                    return new PageTexts(c.getValue());
                }
            }
        }
        return new PageTexts(browsers(request.getLocales()));
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

    /** The raw pattern of {@code key} (for a text filled in elsewhere, such as the SMS). */
    String pattern(String key) {
        return bundle.getString(key);
    }
}
