package dev.regulars.pos.receipt;

/**
 * A row of a laid-out receipt, independent of paper and screen: each rendering (ESC/POS, PDF, on screen) draws
 * the same rows in its own way, so they can never say different things.
 */
public sealed interface ReceiptRow {

    /**
     * Text on the left and, optionally, an amount flush right; long text wraps with the amount on its last line.
     *
     * @param right    null for none
     * @param large    double width and height (totals)
     * @param centered the left text centred over the width (then {@code right} is null)
     */
    record Text(String left, String right, boolean bold, boolean large, boolean centered) implements ReceiptRow {

        public static Text of(String left, String right) {
            return new Text(left, right, false, false, false);
        }

        public static Text centered(String text) {
            return new Text(text, null, false, false, true);
        }
    }

    /** A dashed rule across the width. */
    record Rule() implements ReceiptRow {
    }

    /** An empty line. */
    record Blank() implements ReceiptRow {
    }

    /** A QR code of {@code data}, centred. */
    record Qr(String data) implements ReceiptRow {
    }
}
