package dev.regulars.core.identification;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number of a loyalty card as the till and the server compare it. Scanners add separators and NFC readers
 * print UIDs as "04:a2:..."; what counts is the letters and digits, upper case.
 */
public final class CardNumbers {

    private static final Pattern NUMBER = Pattern.compile("[0-9A-Z]{4,32}");

    private CardNumbers() {
    }

    /** The card number in {@code typed}, or empty when it is not one (4 to 32 letters and digits). */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String number = typed.replaceAll("[\\s:-]", "").toUpperCase(Locale.ROOT);
        return NUMBER.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }

    /** The words for a person when {@link #normalize} found no number. */
    public static String notACardNumber(String typed) {
        return "\"" + (typed == null ? "" : typed.strip()) + "\" is not a card number (4 to 32 letters and digits)";
    }
}
