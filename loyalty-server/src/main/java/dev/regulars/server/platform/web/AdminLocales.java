package dev.regulars.server.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the language of every admin page: the one the member of staff picked with the switch in the bar (a
 * cookie, {@link #COOKIE}), else the browser's first language we have (Accept-Language), else English. Registered
 * in faces-config.xml, so no page has to ask.
 */
public class AdminLocales extends ViewHandlerWrapper {

    /** The languages the admin is written in. */
    public static final List<String> LANGUAGES = List.of("en", "ru");
    /** Holds the language picked with the switch: "en" or "ru". */
    public static final String COOKIE = "regulars_admin_lang";

    public AdminLocales(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object request = context.getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? of(http) : Locale.ENGLISH;
    }

    /** The admin language for this request. */
    public static Locale of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && LANGUAGES.contains(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        Enumeration<Locale> browsers = request.getLocales();
        while (browsers != null && browsers.hasMoreElements()) {
            String language = browsers.nextElement().getLanguage();
            if (LANGUAGES.contains(language)) {
                return Locale.forLanguageTag(language);
            }
        }
        return Locale.ENGLISH;
    }
}
