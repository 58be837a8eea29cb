package dev.regulars.wallet;

import java.util.Locale;

/**
 * A colour as 8-bit red, green and blue, written the way each wallet wants it: {@code rgb(r, g, b)} in Apple's
 * pass.json (PassKit Package Format Reference, "foregroundColor") and {@code #rrggbb} in Google's
 * {@code hexBackgroundColor}.
 *
 * @param red 0 to 255
 * @param green 0 to 255
 * @param blue 0 to 255
 */
public record RgbColor(int red, int green, int blue) {

    /** @throws IllegalArgumentException when a component is outside 0 to 255 */
    public RgbColor {
        for (int c : new int[] {red, green, blue}) {
            if (c < 0 || c > 255) {
                throw new IllegalArgumentException("a colour component is 0 to 255, not " + c);
            }
        }
    }

    /**
     * Parses {@code #rrggbb} (the {@code #} optional, case-insensitive).
     *
     * @throws IllegalArgumentException when it is not six hex digits
     */
    public static RgbColor ofHex(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (!digits.matches("[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("a colour is #rrggbb, not " + hex);
        }
        int value = Integer.parseInt(digits, 16);
        return new RgbColor(value >> 16, (value >> 8) & 0xff, value & 0xff);
    }

    /** Apple's form, e.g. {@code rgb(18, 52, 86)}. */
    public String toCss() {
        return "rgb(" + red + ", " + green + ", " + blue + ")";
    }

    /** Google's form, e.g. {@code #123456}. */
    public String toHex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
