package dev.regulars.server.catalog;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.Secrets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether uploaded bytes are a product picture a till can show: a PNG or a JPEG (told by the bytes themselves, never
 * by the file's name or the browser's word), whose header a reader of that format accepts, of at most
 * {@link #MAX_BYTES} bytes and {@link #MAX_SIDE} pixels a side.
 */
public final class ImageCheck {

    /** 256 KB: plenty for a product tile; a till fetches every picture of the catalog. */
    public static final int MAX_BYTES = 256 * 1024;
    /** The longest side in pixels. */
    public static final int MAX_SIDE = 4096;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private ImageCheck() {
    }

    /**
     * A picture that passed: its type, bytes and SHA-256 (64 lower-case hex digits), by which it is stored and
     * fetched.
     */
    public record Checked(String contentType, byte[] bytes, String sha256) implements Serializable {
    }

    /**
     * @param bytes what was uploaded, at most {@link #MAX_BYTES} + 1 of them (more is refused without reading on)
     * @throws Problem {@code catalog.image.empty}, {@code catalog.image.tooBig} (its size and the limit in KB),
     *                 {@code catalog.image.notPicture} (not PNG or JPEG, or a broken one), {@code catalog.image.tooWide}
     */
    public static Checked check(byte[] bytes) {
        if (bytes.length == 0) {
            throw new Problem("catalog.image.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Problem("catalog.image.tooBig", kilobytes(bytes.length), MAX_BYTES / 1024);
        }
        String type = startsWith(bytes, PNG) ? "image/png" : startsWith(bytes, JPEG) ? "image/jpeg" : null;
        if (type == null) {
            throw new Problem("catalog.image.notPicture");
        }
        int width;
        int height;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            throw new Problem("catalog.image.notPicture");
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new Problem("catalog.image.tooWide", width, height, MAX_SIDE);
        }
        return new Checked(type, bytes, Secrets.sha256Hex(bytes));
    }

    /** A size in KB as people read it: 300 KB, never 0 KB for a byte. */
    private static long kilobytes(int bytes) {
        return (bytes + 1023L) / 1024;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
