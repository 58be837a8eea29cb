package dev.regulars.wallet.apple;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The images of a store card, as PNG files by name: {@code icon.png} (required: it is shown in notifications and
 * mail), {@code logo.png} and optionally {@code strip.png}, each at @1x, @2x and @3x (e.g. {@code logo@2x.png}).
 * Sizes in points follow Apple's Wallet design guidance: icon 38 x 38, logo at most 160 x 50, store card strip
 * 375 x 144; @2x and @3x are two and three times as many pixels.
 */
public final class PassImages {

    /** The icon's box in points. */
    public static final int ICON_POINTS = 38;
    /** The logo's box in points. */
    public static final int LOGO_WIDTH_POINTS = 160;
    /** The logo's box in points. */
    public static final int LOGO_HEIGHT_POINTS = 50;
    /** The store card strip's box in points. */
    public static final int STRIP_WIDTH_POINTS = 375;
    /** The store card strip's box in points. */
    public static final int STRIP_HEIGHT_POINTS = 144;

    private static final Set<String> NAMES = Set.of("icon", "logo", "strip");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String[] SCALES = {"", "@2x", "@3x"};

    private final Map<String, byte[]> files;

    private PassImages(Map<String, byte[]> files) {
        this.files = files;
    }

    /**
     * Makes every file from source images of any size (the larger the sharper; at least three times the box
     * is best).
     *
     * @param strip the strip behind the balance, or {@code null} for none
     */
    public static PassImages fromSources(BufferedImage icon, BufferedImage logo, BufferedImage strip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        scaled(files, "icon", icon, ICON_POINTS, ICON_POINTS);
        scaled(files, "logo", logo, LOGO_WIDTH_POINTS, LOGO_HEIGHT_POINTS);
        if (strip != null) {
            scaled(files, "strip", strip, STRIP_WIDTH_POINTS, STRIP_HEIGHT_POINTS);
        }
        return new PassImages(Collections.unmodifiableMap(files));
    }

    /**
     * Takes PNG files the caller made, by file name.
     *
     * @throws IllegalArgumentException when {@code icon.png} is missing, a name is not icon, logo or strip with an
     *     optional @2x or @3x and {@code .png}, or a file is not a PNG image
     */
    public static PassImages ofPngs(Map<String, byte[]> pngs) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        pngs.forEach((name, bytes) -> {
            String base = name.replaceFirst("(@[23]x)?\\.png$", "");
            if (!name.endsWith(".png") || !NAMES.contains(base)) {
                throw new IllegalArgumentException("not a store card image name: " + name);
            }
            requirePng(name, bytes);
            files.put(name, bytes.clone());
        });
        if (!files.containsKey("icon.png")) {
            throw new IllegalArgumentException("a pass needs icon.png");
        }
        return new PassImages(Collections.unmodifiableMap(files));
    }

    /** The files by name, in the order they go into the pass. */
    public Map<String, byte[]> files() {
        return files;
    }

    /**
     * Width and height in pixels of a PNG, read from its IHDR chunk.
     *
     * @throws IllegalArgumentException when the bytes are not a PNG image
     */
    public static PixelSize pngSize(byte[] png) {
        requirePng("image", png);
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        return new PixelSize(header.getInt(), header.getInt());
    }

    /** An image's size in pixels. */
    public record PixelSize(int width, int height) {
    }

    private static void scaled(Map<String, byte[]> files, String name, BufferedImage source, int width,
            int height) {
        for (int scale = 1; scale <= SCALES.length; scale++) {
            files.put(name + SCALES[scale - 1] + ".png", PngScaler.fit(source, width * scale, height * scale));
        }
    }

    private static void requirePng(String name, byte[] bytes) {
        boolean png = bytes != null && bytes.length > 24
                && Arrays.equals(bytes, 0, 8, PNG_SIGNATURE, 0, 8)
                && bytes[12] == 'I' && bytes[13] == 'H' && bytes[14] == 'D' && bytes[15] == 'R';
        if (!png) {
            throw new IllegalArgumentException(name + " is not a PNG image");
        }
    }
}
