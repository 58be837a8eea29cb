package dev.regulars.server.platform;

import dev.regulars.core.words.KeyedRefusal;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A refusal a person reads (bad input, a rule of the business): a key of the admin's texts with its arguments,
 * so the admin shows it in the reader's language (AdminTexts). {@link #getMessage()} is the English text, for
 * logs, the REST API and tests.
 *
 * <p>Keys and texts live in {@code dev/regulars/server/platform/web/admin*.properties}; every text read here is a
 * {@link MessageFormat} pattern, with or without arguments (a ' is written '').
 */
public class Problem extends KeyedRefusal {

    private static final long serialVersionUID = 1L;
    /** The admin's texts: admin.properties (English), admin_ru.properties. */
    public static final String BUNDLE = "dev.regulars.server.platform.web.admin";

    /**
     * @param key  a key of the admin's texts
     * @param args its arguments, in the order of {0}, {1}, ...
     * @throws java.util.MissingResourceException if the key has no English text (a mistake in our code)
     */
    public Problem(String key, Object... args) {
        super(text(Locale.ENGLISH, key, args), key, args);
    }

    /** This refusal in the language of {@code locale} (English where the language has no text for it). */
    public String in(Locale locale) {
        return text(locale, key(), args());
    }

    /** The admin's text {@code key} in the language of {@code locale}, its arguments filled in. */
    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] filled = Arrays.stream(args).map(a -> a instanceof Key k ? text(locale, k.key()) : a).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(filled);
    }

    /** An argument that is itself a text of the admin (a status, a kind), said in the same language. */
    public record Key(String key) implements java.io.Serializable {
    }

    @Override
    public String toString() {
        return "Problem[" + key() + Arrays.toString(args()) + "]: " + getMessage();
    }
}
