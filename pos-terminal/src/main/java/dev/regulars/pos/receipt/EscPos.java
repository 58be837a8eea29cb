package dev.regulars.pos.receipt;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * ESC/POS commands for thermal receipt printers, written as bytes (Epson ESC/POS Command Reference: ESC @, ESC t,
 * ESC E, ESC a, ESC d, GS !, GS ( k for QR Code model 2, GS v 0 raster images, GS V, ESC p). Text is encoded in the printer's selected
 * code page; characters it lacks are folded to ones it has or left out ({@link CodePageFold}: "Café" prints "Cafe" in
 * CP866, Cyrillic prints in Latin letters in PC858, emoji are dropped), and control characters in text (a product name, a customer's name)
 * print as a space, so data can never slip a command to the printer. The receipt renderer builds on this; the bytes
 * go to the printer over TCP port 9100 or a device file.
 */
public final class EscPos {

    private static final byte ESC = 0x1B;
    private static final byte GS = 0x1D;
    private static final byte LF = 0x0A;
    /** The most a QR Code model 2 symbol holds in byte mode (version 40, level L). */
    public static final int MAX_QR_BYTES = 2953;

    /** The code pages receipts use, with their number for ESC t (Epson's table) and Java's charset. */
    public enum CodePage {
        /** Latin with the euro sign (0xD5): English, Dutch. */
        PC858(19, "IBM00858"),
        /** Cyrillic: Russian (no euro sign: amounts in roubles, or the currency's code). */
        PC866(17, "IBM866"),
        /** The printers' default, without the euro sign. */
        PC437(0, "IBM437");

        private final int number;
        private final Charset charset;

        CodePage(int number, String charset) {
            this.number = number;
            this.charset = Charset.forName(charset);
        }

        public int number() {
            return number;
        }

        public Charset charset() {
            return charset;
        }
    }

    /** Justification for ESC a: takes effect at the start of a line. */
    public enum Align { LEFT, CENTER, RIGHT }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    private CodePage codePage = CodePage.PC437;

    /** ESC @: clears the printer's settings (the code page goes back to its default, PC437). */
    public EscPos initialize() {
        write(ESC, '@');
        codePage = CodePage.PC437;
        return this;
    }

    /** ESC t n: the code page that text from here on is encoded in. */
    public EscPos codePage(CodePage page) {
        write(ESC, 't', page.number());
        codePage = page;
        return this;
    }

    /** Text in the current code page, without a line feed. */
    public EscPos text(String text) {
        CharsetEncoder encoder = codePage.charset().newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE).onMalformedInput(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {'?'});
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        try {
            // the one place text meets the code page: what it lacks is folded, so nothing prints as '?'
            ByteBuffer encoded = encoder.encode(CharBuffer.wrap(CodePageFold.fold(clean.toString(),
                    codePage.charset())));
            out.write(encoded.array(), encoded.position(), encoded.remaining());
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never throws", e);
        }
        return this;
    }

    /**
     * {@code text} as the current code page prints it (what the page lacks folded, {@link CodePageFold}): a line is
     * wrapped at this length, since "€" prints as "EUR" and "…" as "...".
     */
    public String printed(String text) {
        return text == null ? null : CodePageFold.fold(text, codePage.charset());
    }

    /** Text and a line feed (LF prints the line). */
    public EscPos line(String text) {
        return text(text).feed();
    }

    /** LF: prints what is in the line buffer and starts a new line. */
    public EscPos feed() {
        out.write(LF);
        return this;
    }

    /** ESC d n: prints and feeds {@code lines} lines (0 to 255). */
    public EscPos feed(int lines) {
        require(lines, 0, 255, "lines to feed");
        write(ESC, 'd', lines);
        return this;
    }

    /** ESC E n: emphasized (bold) on or off. */
    public EscPos bold(boolean on) {
        write(ESC, 'E', on ? 1 : 0);
        return this;
    }

    /** GS ! n: character width and height, each 1 to 8 times (1, 1 is normal; 2, 2 for totals). */
    public EscPos size(int width, int height) {
        require(width, 1, 8, "width");
        require(height, 1, 8, "height");
        write(GS, '!', (width - 1) << 4 | (height - 1));
        return this;
    }

    /** ESC a n: justification of the lines from here on. */
    public EscPos align(Align align) {
        write(ESC, 'a', align.ordinal());
        return this;
    }

    /**
     * The printer's own QR Code (GS ( k, model 2, error correction M), centred by the current justification.
     *
     * @param data       ASCII text such as the rating link, at most {@link #MAX_QR_BYTES} bytes
     * @param moduleDots the size of one module in dots, 1 to 16 (6 is about 2.5 cm for a short link on 80 mm)
     * @throws IllegalArgumentException for empty, non-ASCII or too long data, or a module size out of range
     */
    public EscPos qr(String data, int moduleDots) {
        require(moduleDots, 1, 16, "QR module size");
        byte[] bytes = data.getBytes(StandardCharsets.US_ASCII);
        if (data.isEmpty() || bytes.length > MAX_QR_BYTES || !StandardCharsets.US_ASCII.newEncoder().canEncode(data)) {
            throw new IllegalArgumentException("a QR code holds 1 to " + MAX_QR_BYTES + " ASCII characters");
        }
        write(GS, '(', 'k', 4, 0, 49, 65, 50, 0); // function 165: model 2
        write(GS, '(', 'k', 3, 0, 49, 67, moduleDots); // function 167: module size
        write(GS, '(', 'k', 3, 0, 49, 69, 49); // function 169: error correction level M
        int length = bytes.length + 3;
        write(GS, '(', 'k', length & 0xFF, length >> 8, 49, 80, 48); // function 180: store the data
        out.write(bytes, 0, bytes.length);
        write(GS, '(', 'k', 3, 0, 49, 81, 48); // function 181: print it
        return this;
    }

    /**
     * GS v 0: a raster bit image, printed where the printer lacks its own QR command (or for a logo). Dots are rows
     * of booleans, true for black; each row is packed into bytes, most significant bit first.
     *
     * @param dots at least one row, all rows the same length (1 to 65535 dots wide and high)
     * @throws IllegalArgumentException for an empty or ragged image
     */
    public EscPos raster(boolean[][] dots) {
        if (dots.length == 0 || dots[0].length == 0 || dots.length > 0xFFFF) {
            throw new IllegalArgumentException("a raster image needs 1 to 65535 rows of dots");
        }
        int width = dots[0].length;
        int widthBytes = (width + 7) / 8;
        if (widthBytes > 0xFFFF) {
            throw new IllegalArgumentException("a raster image is at most 65535 bytes wide");
        }
        write(GS, 'v', '0', 0, widthBytes & 0xFF, widthBytes >> 8, dots.length & 0xFF, dots.length >> 8);
        for (boolean[] row : dots) {
            if (row.length != width) {
                throw new IllegalArgumentException("every row of a raster image has the same width");
            }
            for (int b = 0; b < widthBytes; b++) {
                int packed = 0;
                for (int bit = 0; bit < 8; bit++) {
                    int x = b * 8 + bit;
                    if (x < width && row[x]) {
                        packed |= 0x80 >> bit;
                    }
                }
                out.write(packed);
            }
        }
        return this;
    }

    /** GS V 66 n: feeds {@code lines} lines past the cutter and cuts (partially, where the cutter can). */
    public EscPos cut(int lines) {
        require(lines, 0, 255, "lines before the cut");
        write(GS, 'V', 66, lines);
        return this;
    }

    /** GS V 65 n: feeds {@code lines} lines past the cutter and cuts the paper through. */
    public EscPos fullCut(int lines) {
        require(lines, 0, 255, "lines before the cut");
        write(GS, 'V', 65, lines);
        return this;
    }

    /** ESC p 0 25 250: a pulse on drawer pin 2 (50 ms on, 500 ms off), which opens the cash drawer. */
    public EscPos kickDrawer() {
        write(ESC, 'p', 0, 25, 250);
        return this;
    }

    /** The bytes so far. */
    public byte[] bytes() {
        return out.toByteArray();
    }

    private void write(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
    }

    private static void require(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " is " + min + " to " + max + ", not " + value);
        }
    }

    @Override
    public String toString() {
        return "EscPos" + Arrays.toString(bytes());
    }
}
