package dev.regulars.wallet.apple;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Scales an image to fit a box, keeping its proportions, and encodes it as PNG with an alpha channel. Large
 * reductions go by halves so the result is not aliased (one bicubic step from 1024 to 29 pixels drops most of the
 * source pixels).
 */
final class PngScaler {

    private PngScaler() {
    }

    /**
     * The image scaled to fit {@code maxWidth} by {@code maxHeight} pixels, as PNG bytes. A smaller source is
     * enlarged, since each scale of an image must cover the same points.
     */
    static byte[] fit(BufferedImage source, int maxWidth, int maxHeight) {
        double scale = Math.min((double) maxWidth / source.getWidth(), (double) maxHeight / source.getHeight());
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage image = argb(source);
        while (image.getWidth() / 2 >= width && image.getHeight() / 2 >= height) {
            image = resize(image, image.getWidth() / 2, image.getHeight() / 2);
        }
        if (image.getWidth() != width || image.getHeight() != height) {
            image = resize(image, width, height);
        }
        return encode(image);
    }

    private static BufferedImage argb(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_ARGB) {
            return source;
        }
        return resize(source, source.getWidth(), source.getHeight());
    }

    private static BufferedImage resize(BufferedImage source, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
