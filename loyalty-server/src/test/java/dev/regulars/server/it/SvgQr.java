package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the QR codes the customer pages draw, as a phone camera or a till's scanner would. */
final class SvgQr {

    private SvgQr() {
    }

    /** Reads a QR code drawn by the server's Svg (a path of horizontal runs, "M x yhNv1h-Nz") with ZXing. */
    static String read(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).as("an SVG with a viewBox").isTrue();
        int scale = 4;
        int width = Integer.parseInt(box.group(1)) * scale;
        int height = Integer.parseInt(box.group(2)) * scale;
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
        while (run.find()) {
            int x0 = Integer.parseInt(run.group(1)) * scale;
            int y0 = Integer.parseInt(run.group(2)) * scale;
            int w = Integer.parseInt(run.group(3)) * scale;
            for (int y = y0; y < y0 + scale; y++) {
                java.util.Arrays.fill(pixels, y * width + x0, y * width + x0 + w, 0xFF000000);
            }
        }
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(width, height, pixels)));
        return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
    }
}
