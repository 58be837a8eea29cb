package dev.regulars.pos.receipt;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words and numbers of a receipt in the store's language (bundles {@code receipt*.properties} beside this
 * class: English, Russian, Dutch). Amounts print without a currency sign, in the language's digits and separators:
 * a thermal printer's code page has no sign for most currencies (CP866 has neither € nor ₽), so the total names the
 * currency by its ISO code instead.
 */
public final class ReceiptTexts {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final NumberFormat amounts;
    private final int fractionDigits;

    public ReceiptTexts(Locale locale, Currency currency) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("dev.regulars.pos.receipt.receipt", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.fractionDigits = Math.max(0, currency.getDefaultFractionDigits());
        this.amounts = NumberFormat.getNumberInstance(locale);
        amounts.setMinimumFractionDigits(fractionDigits);
        amounts.setMaximumFractionDigits(fractionDigits);
    }

    /** The text of {@code key} with its arguments (MessageFormat). */
    public String say(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }

    /** An amount in minor units as the receipt prints it: "1,250.00" in English, "1 250,00" in Russian. */
    public String amount(long minor) {
        java.math.BigDecimal major = java.math.BigDecimal.valueOf(minor, fractionDigits);
        // narrow no-break spaces are missing from printers' code pages: a plain no-break space is in CP866/CP858
        return amounts.format(major).replace('\u202f', '\u00a0');
    }

    /** A signed amount for what comes off: "-0.88"; nothing off is "0.00", never "-0.00". */
    public String minus(long minor) {
        return minor == 0 ? amount(0) : "-" + amount(minor);
    }

    /** A delta that may go either way: "+0.50", "-0.20". */
    public String delta(long minor) {
        return (minor >= 0 ? "+" : "-") + amount(Math.abs(minor));
    }

    public String points(long points) {
        return NumberFormat.getIntegerInstance(locale).format(points).replace('\u202f', '\u00a0');
    }

    public Locale locale() {
        return locale;
    }
}
