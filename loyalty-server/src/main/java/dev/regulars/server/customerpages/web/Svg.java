package dev.regulars.server.customerpages.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * QR codes and barcodes as SVG, drawn on the server with ZXing (no third-party JavaScript). One path of horizontal
 * runs keeps a QR code of a link at a few kilobytes.
 */
final class Svg {

    private Svg() {
    }

    /** A QR code of {@code text} with a quiet zone of 4 modules, scaled by the browser to {@code cssSize}. */
    static String qr(String text, String cssSize, String title) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            return svg(m, cssSize, cssSize, title);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot draw a QR code of " + text.length() + " characters", e);
        }
    }

    /** A Code 128 barcode of {@code text} (a card number as the till's scanner reads it). */
    static String code128(String text, String title) {
        BitMatrix m = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 1,
                Map.of(EncodeHintType.MARGIN, 10));
        return svg(m, "100%", "4.5rem", title);
    }

    private static String svg(BitMatrix m, String width, String height, String title) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            int x = 0;
            while (x < m.getWidth()) {
                if (!m.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < m.getWidth() && m.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
                        .append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + m.getWidth() + " "
                + m.getHeight() + "\" width=\"" + width + "\" height=\"" + height
                + "\" preserveAspectRatio=\"none\" shape-rendering=\"crispEdges\"><title>"
                + dev.regulars.server.platform.Html.escape(title) + "</title><rect width=\"100%\" height=\"100%\""
                + " fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
