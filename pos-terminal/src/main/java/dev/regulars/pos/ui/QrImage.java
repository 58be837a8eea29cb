package dev.regulars.pos.ui;

import dev.regulars.pos.receipt.QrMatrix;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** A link's QR code (QrMatrix, with a 2-module margin) as an image for the screen. */
public final class QrImage {

    private QrImage() {
    }

    /** @param pixelsPerModule 4 for the cashier's receipt preview, 8 to scan from across the counter */
    public static WritableImage of(String link, int pixelsPerModule) {
        boolean[][] modules = QrMatrix.scaled(QrMatrix.modules(link, 2), pixelsPerModule);
        WritableImage image = new WritableImage(modules[0].length, modules.length);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < modules.length; y++) {
            for (int x = 0; x < modules[y].length; x++) {
                pixels.setColor(x, y, modules[y][x] ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}
