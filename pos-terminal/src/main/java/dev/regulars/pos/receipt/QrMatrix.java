package dev.regulars.pos.receipt;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code's modules made by ZXing (ISO/IEC 18004, model 2, error correction M like the printer's own command),
 * for the raster fallback on printers without a QR command, the PDF receipt and the screen.
 */
public final class QrMatrix {

    private QrMatrix() {
    }

    /**
     * @param quietZone modules of white border on each side (the standard asks for 4; a receipt's margin may do)
     * @return rows of modules, true for dark
     * @throws IllegalArgumentException when the data does not fit a QR code
     */
    public static boolean[][] modules(String data, int quietZone) {
        try {
            // size 0: the smallest matrix, one pixel a module
            BitMatrix matrix = new QRCodeWriter().encode(data, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, quietZone,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    modules[y][x] = matrix.get(x, y);
                }
            }
            return modules;
        } catch (WriterException e) {
            throw new IllegalArgumentException("this text does not fit a QR code", e);
        }
    }

    /** Each module as a square of {@code scale} dots, for a raster printer. */
    public static boolean[][] scaled(boolean[][] modules, int scale) {
        boolean[][] dots = new boolean[modules.length * scale][modules[0].length * scale];
        for (int y = 0; y < dots.length; y++) {
            for (int x = 0; x < dots[0].length; x++) {
                dots[y][x] = modules[y / scale][x / scale];
            }
        }
        return dots;
    }
}
