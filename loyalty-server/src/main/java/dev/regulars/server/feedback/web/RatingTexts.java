package dev.regulars.server.feedback.web;

import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The rating page's words in one of its languages (en, ru, nl: rating_*.properties beside this class). */
final class RatingTexts {

    static final List<String> LANGUAGES = List.of("en", "ru", "nl");

    private final String language;
    private final ResourceBundle bundle;

    private RatingTexts(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("dev.regulars.server.feedback.web.rating", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The language asked for with {@code ?lang=}, else the browser's first one we have, else English.
     *
     * @param asked    the lang parameter, or null
     * @param browsers the request's locales, most preferred first (Accept-Language)
     */
    static RatingTexts choose(String asked, Enumeration<Locale> browsers) {
        if (asked != null && LANGUAGES.contains(asked)) {
            return new RatingTexts(asked);
        }
        while (browsers != null && browsers.hasMoreElements()) {
            String candidate = browsers.nextElement().getLanguage();
            if (LANGUAGES.contains(candidate)) {
                return new RatingTexts(candidate);
            }
        }
        return new RatingTexts("en");
    }

    String language() {
        return language;
    }

    Locale locale() {
        return Locale.forLanguageTag(language.equals("en") ? "en-GB" : language);
    }

    String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale()).format(args);
    }
}
