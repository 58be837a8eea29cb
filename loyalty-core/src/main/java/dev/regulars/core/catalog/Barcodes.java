package dev.regulars.core.catalog;

/**
 * How barcodes are written, compared and checked, the same at the till (a scan) and on the server (typed in the
 * admin): whitespace goes, a 12-digit UPC-A is written as the EAN-13 it is (a leading 0), so a scanner set to
 * either form finds the product; a 12-, 13- or 14-digit GTIN must have its check digit right. Any other printable
 * string a scanner sends (an in-store code, Code 128) is kept as it is.
 */
public final class Barcodes {

    /** The longest barcode kept. */
    public static final int MAX_LENGTH = 64;

    /** What is wrong with a barcode. */
    public enum Problem {
        /** longer than {@link #MAX_LENGTH} */
        TOO_LONG,
        /** a character a scanner does not send (a control character, a letter outside ASCII) */
        NOT_PRINTABLE,
        /** a GTIN (UPC-A, EAN-13, GTIN-14) whose last digit does not match the others: mistyped */
        CHECK_DIGIT
    }

    private Barcodes() {
    }

    /** The barcode as stored and compared: whitespace removed, UPC-A as EAN-13; null for null or blank. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("\\s+", "");
        if (code.isEmpty()) {
            return null;
        }
        return code.length() == 12 && allDigits(code) ? "0" + code : code;
    }

    /**
     * What is wrong with a normalized barcode, or null when it is one.
     *
     * @param code a result of {@link #normalize}, not null
     */
    public static Problem problemWith(String code) {
        if (code.length() > MAX_LENGTH) {
            return Problem.TOO_LONG;
        }
        if (!code.chars().allMatch(c -> c > ' ' && c < 127)) {
            return Problem.NOT_PRINTABLE;
        }
        if ((code.length() == 13 || code.length() == 14) && allDigits(code)
                && checkDigit(code.substring(0, code.length() - 1)) != code.charAt(code.length() - 1) - '0') {
            return Problem.CHECK_DIGIT;
        }
        return null;
    }

    /** The GS1 check digit of {@code digits}: weights 3, 1, 3, ... from the right, to the next multiple of 10. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? 3 * digit : digit;
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean allDigits(String code) {
        return code.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
