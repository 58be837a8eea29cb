package dev.regulars.pos.ui;

import dev.regulars.core.money.Money;
import dev.regulars.core.words.KeyedRefusal;
import java.text.MessageFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The till's words in the cashier's language: bundles {@code till*.properties} beside this class (English, Russian,
 * Dutch; others fall back to English), MessageFormat patterns ({@code ''} for an apostrophe). Money in the store's
 * currency, formatted for the language.
 */
public final class TillTexts {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Currency currency;

    public TillTexts(Locale locale, Currency currency) {
        this.locale = locale;
        this.currency = currency;
        this.bundle = ResourceBundle.getBundle("dev.regulars.pos.ui.till", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words of {@code key} with its values. @throws MissingResourceException for a key no bundle has */
    public String say(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A refusal in the cashier's language when its reason has words here; else its own (English) message. */
    public String refusal(RuntimeException refusal) {
        if (refusal instanceof KeyedRefusal keyed && keyed.key() != null && bundle.containsKey(keyed.key())) {
            return say(keyed.key(), keyed.args());
        }
        return refusal.getMessage();
    }

    public String money(long minor) {
        return new Money(minor, currency).format(locale);
    }

    public Currency currency() {
        return currency;
    }

    public Locale locale() {
        return locale;
    }
}
