package dev.regulars.core.names;

/**
 * The one rule for a person's name as typed, at the till (EnrollmentForm) and on the join page (JoinForm): control
 * characters (NUL, newlines, tabs: Unicode Cc) and bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E,
 * U+200F, U+061C, which can make a name read backwards on a receipt) are removed; spaces and invisible format
 * characters (Unicode Zs incl. no-break and ideographic spaces, Cf incl. zero-width ones) are trimmed from both ends;
 * a name of nothing but those is blank. Zero-width joiners inside a name stay (some scripts and emoji need them).
 * Length is counted in UTF-16 units, as a browser's {@code maxlength} counts.
 */
public final class PersonNames {

    private PersonNames() {
    }

    /** The name without control and bidi characters, trimmed of spaces and invisible characters; "" for null. */
    public static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(typed.length());
        typed.codePoints().filter(c -> Character.getType(c) != Character.CONTROL && !isBidiControl(c))
                .forEach(kept::appendCodePoint);
        int start = 0;
        int end = kept.length();
        while (start < end && invisible(kept.codePointAt(start))) {
            start += Character.charCount(kept.codePointAt(start));
        }
        while (end > start && invisible(kept.codePointBefore(end))) {
            end -= Character.charCount(kept.codePointBefore(end));
        }
        return kept.substring(start, end);
    }

    /** Whether a cleaned name is empty: nothing visible was typed. */
    public static boolean isBlank(String cleaned) {
        return cleaned.codePoints().allMatch(PersonNames::invisible);
    }

    /** Whether a cleaned name is longer than {@code max} UTF-16 units (what a browser's maxlength counts). */
    public static boolean tooLong(String cleaned, int max) {
        return cleaned.length() > max;
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || type == Character.SPACE_SEPARATOR || type == Character.FORMAT;
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }
}
