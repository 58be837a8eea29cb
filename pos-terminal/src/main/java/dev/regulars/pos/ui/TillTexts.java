package dev.regulars.pos.ui;

import dev.regulars.core.money.Money;
import dev.regulars.core.words.KeyedRefusal;
import dev.regulars.pos.TillContext;
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

    /** @param currency the store's; null before the till is paired (then there is no money to show) */
    public TillTexts(Locale locale, Currency currency) {
        this.locale = locale;
        this.currency = currency;
        this.bundle = ResourceBundle.getBundle("dev.regulars.pos.ui.till", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The till's words now: in the cashier's language ({@link TillContext#locale()}), money in the store's currency. */
    public static TillTexts of(TillContext till) {
        return new TillTexts(till.locale(),
                till.journal().identity().map(id -> Currency.getInstance(id.currency())).orElse(null));
    }

    /** The words of {@code key} with its values. @throws MissingResourceException for a key no bundle has */
    public String say(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }

    /**
     * A refusal in the cashier's language when its reason has words here (a refusal among its values is worded
     * too: "neither a phone nor a card: {the phone's reason}", and an amount as money); else its own (English) message.
     */
    public String refusal(RuntimeException refusal) {
        if (refusal instanceof KeyedRefusal keyed && keyed.key() != null && bundle.containsKey(keyed.key())) {
            Object[] args = keyed.args();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof KeyedRefusal inner) {
                    args[i] = refusal(inner);
                } else if (args[i] instanceof Money amount) {
                    args[i] = amount.format(locale);
                }
            }
            return say(keyed.key(), args);
        }
        return refusal.getMessage();
    }

    public String money(long minor) {
        return new Money(minor, currency()).format(locale);
    }

    /** @throws IllegalStateException before the till is paired */
    public Currency currency() {
        if (currency == null) {
            throw new IllegalStateException("the till is not paired: it has no currency yet");
        }
        return currency;
    }

    public Locale locale() {
        return locale;
    }
}
