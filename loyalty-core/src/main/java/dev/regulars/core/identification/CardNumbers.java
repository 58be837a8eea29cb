package dev.regulars.core.identification;

import dev.regulars.core.words.KeyedRefusal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number of a loyalty card as the till and the server compare it, and as people read it. The one place that
 * knows how a card number may be written:
 * <ul>
 * <li>a printed card or Wallet pass shows (and its barcode scans as) "RC" and the number, "RC 0042 7788";</li>
 * <li>people and scanners add separators: any whitespace (non-breaking spaces from a copied text too), dashes,
 * ':', '.' and '/'; NFC readers print UIDs as "04:a2:...";</li>
 * <li>case does not matter.</li>
 * </ul>
 * What counts is the letters and digits, upper case, without the "RC": "rc-0042 7788" is 00427788.
 * <p>
 * Reading a leading "RC" as the prefix is safe: an NFC UID is hexadecimal (no R), and the printed numbers are
 * issued so that none starts with "RC". A normalized number therefore never starts with "RC" ("RC RC12 3456" is
 * refused rather than read as RC123456), which keeps {@link #normalize} idempotent.
 */
public final class CardNumbers {

    /** The "RC" a printed card or Wallet pass shows before its number. */
    private static final String PRINTED_PREFIX = "RC";
    /** Unicode space separators (NBSP, narrow NBSP, figure space), other whitespace, any dash, ':', '.', '/'. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Z}\\s\\p{Pd}:./]+");
    /** ASCII only: upper-casing first would let "ı" or "ß" turn into I or SS. */
    private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z]{4,32}");
    private static final int GROUP = 4;

    private CardNumbers() {
    }

    /**
     * The card number in {@code typed}: its letters and digits, upper case, without a leading "RC"
     * ("RC 0042 7788", "rc-0042-7788", "0042 7788" -> "00427788"; "04:a2:3f:7c" -> "04A23F7C").
     *
     * @return empty when it is not one: null, other characters than letters, digits and separators, or fewer than
     *         4 or more than 32 letters and digits after the "RC"
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = withoutSeparators(typed);
        String number = hasPrefix(compact) ? compact.substring(PRINTED_PREFIX.length()) : compact;
        return NUMBER.matcher(number).matches() && !hasPrefix(number)
                ? Optional.of(number.toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * Whether {@code typed} is written as a printed card is, "RC" in front (any case and separators): it is meant
     * as a card whether or not a valid number follows, so it is never read as anything else (a phone number).
     * False for null.
     */
    public static boolean hasPrintedPrefix(String typed) {
        return typed != null && hasPrefix(withoutSeparators(typed));
    }

    /**
     * The number for people, in groups of four from the left as it is printed: "00427788" -> "0042 7788",
     * "04A23F7C1180" -> "04A2 3F7C 1180", "123456" -> "1234 56".
     *
     * @param number a number as {@link #normalize} returns it; other text is grouped as it stands
     * @throws NullPointerException when {@code number} is null
     */
    public static String grouped(String number) {
        StringBuilder out = new StringBuilder(number.length() + number.length() / GROUP);
        for (int i = 0; i < number.length(); i += GROUP) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(number, i, Math.min(i + GROUP, number.length()));
        }
        return out.toString();
    }

    /**
     * The number as a printed card, the card page and a Wallet pass show it, and as their barcodes hold it:
     * "509641225934" -> "RC 5096 4122 5934". {@link #normalize} reads it back, and a till's scan of it is a card,
     * never a phone.
     *
     * @param number a number as {@link #normalize} returns it
     */
    public static String printed(String number) {
        return PRINTED_PREFIX + " " + grouped(number);
    }

    /** The words for a person when {@link #normalize} found no number. */
    public static String notACardNumber(String typed) {
        return notACard(typed).getMessage();
    }

    /**
     * The same as a refusal with the key {@code card.notANumber} and, as its value, what was typed as it is shown
     * (stripped, a huge field cut at 40 characters), for a program that words it in another language.
     */
    public static KeyedRefusal notACard(String typed) {
        String shown = typed == null ? "" : typed.strip();
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "…"; // a huge field is not echoed whole
        }
        return new KeyedRefusal("\"" + shown + "\" is not a card number (4 to 32 letters and digits, after an"
                + " optional RC)", "card.notANumber", shown);
    }

    private static String withoutSeparators(String typed) {
        return SEPARATORS.matcher(typed).replaceAll("");
    }

    private static boolean hasPrefix(String compact) {
        return compact.regionMatches(true, 0, PRINTED_PREFIX, 0, PRINTED_PREFIX.length());
    }
}
