package dev.regulars.pos.ui.keypad;

import com.google.i18n.phonenumbers.AsYouTypeFormatter;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an on-screen numeric pad shows and what each key does to the text of the field it serves (issue 10: a touch
 * till without a keyboard). No window needed: {@link Keypad} only builds the buttons and calls {@link #press}.
 * A phone is formatted as it is typed, on the pad or a keyboard, with libphonenumber's {@link AsYouTypeFormatter}
 * for the store's region (the same region {@code PhoneNumbers.normalize} reads the number in, so the spaces it adds
 * change nothing in the lookup).
 */
public final class KeypadModel {

    /** What a field holds, and so which keys its pad has. */
    public enum Kind {
        /** A phone number: digits and a leading +, formatted as typed. */
        PHONE,
        /** Money: digits, 00 and the language's decimal separator. */
        AMOUNT,
        /** A discount: an amount or a percentage ("10%", "1.50"). */
        DISCOUNT,
        /** A PIN or a receipt number: digits only. */
        DIGITS
    }

    /** A key of the pad. */
    public sealed interface Key permits Typed, Backspace, Clear, Enter {
    }

    /** @param chars what the key types at the end of the text ("7", "00", ",", "%", "+") */
    public record Typed(String chars) implements Key {
    }

    public record Backspace() implements Key {
    }

    public record Clear() implements Key {
    }

    public record Enter() implements Key {
    }

    private final Kind kind;
    private final String decimalSeparator;
    private final String phoneRegion;
    /** Decimals an amount may have: the currency's (2 for euros and roubles, 0 for yen). */
    private final int decimals;

    /**
     * An amount or discount pad with two decimals (euros, roubles, dollars).
     *
     * @param locale      the cashier's language: its decimal separator on the pad of an amount
     * @param phoneRegion the store's region (ISO 3166 "NL"), for a phone's format; unused by other kinds
     */
    public KeypadModel(Kind kind, Locale locale, String phoneRegion) {
        this(kind, locale, phoneRegion, 2);
    }

    private KeypadModel(Kind kind, Locale locale, String phoneRegion, int decimals) {
        this.kind = kind;
        this.decimalSeparator = String.valueOf(DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
        this.phoneRegion = phoneRegion;
        this.decimals = Math.max(0, decimals);
    }

    /** A pad for a PIN, a receipt number or another row of digits. */
    public static KeypadModel digits(Locale locale) {
        return new KeypadModel(Kind.DIGITS, locale, "ZZ");
    }

    /**
     * A pad for money of {@code currency}: the decimal key only where the currency has decimals, and no more of
     * them than it has ({@link java.util.Currency#getDefaultFractionDigits}).
     */
    public static KeypadModel amount(Locale locale, java.util.Currency currency) {
        return new KeypadModel(Kind.AMOUNT, locale, "ZZ", currency.getDefaultFractionDigits());
    }

    /** A pad for a discount: an amount of {@code currency} (as {@link #amount}) or a percentage. */
    public static KeypadModel discount(Locale locale, java.util.Currency currency) {
        return new KeypadModel(Kind.DISCOUNT, locale, "ZZ", currency.getDefaultFractionDigits());
    }

    /** A pad for a phone, formatted as typed for the store's region (ISO 3166 "NL"). */
    public static KeypadModel phone(Locale locale, String phoneRegion) {
        return new KeypadModel(Kind.PHONE, locale, phoneRegion);
    }

    public Kind kind() {
        return kind;
    }

    /** The keys in the pad's order, four to a row: 7 8 9 ⌫ / 4 5 6 C / 1 2 3 (extra) / (extra) 0 (extra) Enter. */
    public List<Key> keys() {
        List<Key> keys = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            for (int d = 7 - 3 * row; d < 10 - 3 * row; d++) {
                keys.add(new Typed(Integer.toString(d)));
            }
            if (row == 0) {
                keys.add(new Backspace());
            } else if (row == 1) {
                keys.add(new Clear());
            } else {
                keys.add(kind == Kind.DISCOUNT ? new Typed("%") : kind == Kind.PHONE ? new Typed("+") : null);
            }
        }
        keys.add(kind == Kind.AMOUNT || kind == Kind.DISCOUNT ? new Typed("00") : null);
        keys.add(new Typed("0"));
        keys.add((kind == Kind.AMOUNT || kind == Kind.DISCOUNT) && decimals > 0 ? new Typed(decimalSeparator) : null);
        keys.add(new Enter());
        return keys;
    }

    /**
     * The text of {@code text} after {@code key}: typed at the end, the last character taken back, or cleared. A key
     * that would make an amount no till reads (a second separator, more decimals than the currency has, anything
     * after a discount's %) changes nothing.
     */
    public String press(String text, Key key) {
        String now = text == null ? "" : text;
        if (key instanceof Typed typed) {
            String next = now + typed.chars();
            return readable(next) ? typed(next) : now;
        }
        if (key instanceof Backspace) {
            return kind == Kind.PHONE ? typed(dropLastDigit(now)) : now.isEmpty() ? now : now.substring(0, now.length() - 1);
        }
        return key instanceof Clear ? "" : now;
    }

    /**
     * The field's text as it should read once {@code text} is typed (on the pad or a keyboard): a phone formatted for
     * the store's region ("0612345678" reads "06 12345678"), anything else as typed.
     */
    public String typed(String text) {
        if (kind != Kind.PHONE || text == null) {
            return text;
        }
        AsYouTypeFormatter formatter = PhoneNumberUtil.getInstance().getAsYouTypeFormatter(phoneRegion);
        String shown = "";
        for (char c : text.toCharArray()) {
            if (Character.isDigit(c) || c == '+' && shown.isEmpty()) {
                shown = formatter.inputDigit(c);
            }
        }
        return shown;
    }

    /** Whether an amount or discount typed so far can still become one the till reads. */
    private boolean readable(String text) {
        if (kind != Kind.AMOUNT && kind != Kind.DISCOUNT) {
            return true;
        }
        int percent = text.indexOf('%');
        if (percent >= 0 && (kind != Kind.DISCOUNT || percent != text.length() - 1 || percent == 0)) {
            return false;
        }
        String number = percent >= 0 ? text.substring(0, percent) : text;
        int separator = Math.max(number.indexOf('.'), number.indexOf(','));
        if (separator < 0) {
            return true;
        }
        if (number.indexOf('.') >= 0 && number.indexOf(',') >= 0 || number.indexOf(number.charAt(separator))
                != number.lastIndexOf(number.charAt(separator))) {
            return false;
        }
        // a percentage may have two decimals (DiscountInput), an amount the currency's
        int allowed = percent >= 0 ? 2 : decimals;
        return number.length() - separator - 1 <= allowed && (allowed > 0 || percent >= 0);
    }

    private static String dropLastDigit(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isDigit(text.charAt(i)) || text.charAt(i) == '+') {
                return text.substring(0, i);
            }
        }
        return "";
    }
}
