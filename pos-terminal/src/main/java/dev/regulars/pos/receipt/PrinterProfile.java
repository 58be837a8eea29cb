package dev.regulars.pos.receipt;

/**
 * What a receipt printer can do, from the till's settings.
 *
 * @param columns     characters a line in the normal font (Font A, 12 x 24 dots): 32 on 58 mm paper, 48 on 80 mm
 * @param dotsPerLine printable dots across: 384 on 58 mm, 576 on 80 mm (203 dpi)
 * @param nativeQr    the printer has the GS ( k QR command; otherwise the QR is sent as a raster image
 * @param cut         how the receipt comes off: the cutter's partial or full cut (GS V), or no cut command at all
 *                    for a printer without a cutter (some print GS V as garbage): the paper is fed to the tear bar
 */
public record PrinterProfile(int columns, int dotsPerLine, boolean nativeQr, Cut cut) {

    public static final PrinterProfile PAPER_80 = new PrinterProfile(48, 576, true, Cut.PARTIAL);
    public static final PrinterProfile PAPER_58 = new PrinterProfile(32, 384, true, Cut.PARTIAL);

    /** What ends a receipt: the till's {@code --printer-cut} option, partial by default. */
    public enum Cut {
        /** No cutter: no GS V is sent; the paper is fed past the tear bar. */
        NONE,
        /** GS V 66: the cutter leaves a tab, so the receipt hangs until taken (most thermal printers). */
        PARTIAL,
        /** GS V 65: the receipt is cut through. */
        FULL
    }

    public PrinterProfile {
        if (columns < 16 || columns > 64 || dotsPerLine < 128 || dotsPerLine > 1024) {
            throw new IllegalArgumentException("a receipt printer has 16 to 64 columns and 128 to 1024 dots");
        }
        java.util.Objects.requireNonNull(cut, "cut");
    }

    /** The same printer sending QR codes as images (older or cheaper printers). */
    public PrinterProfile withRasterQr() {
        return new PrinterProfile(columns, dotsPerLine, false, cut);
    }

    /** The same printer ending receipts with {@code how}. */
    public PrinterProfile withCut(Cut how) {
        return new PrinterProfile(columns, dotsPerLine, nativeQr, how);
    }

    /** Dots a QR module takes: about 2.5 cm for a rating link on either paper. */
    int qrModuleDots() {
        return dotsPerLine >= 576 ? 6 : 5;
    }
}
