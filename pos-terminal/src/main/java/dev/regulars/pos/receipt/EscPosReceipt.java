package dev.regulars.pos.receipt;

import dev.regulars.pos.receipt.ReceiptRow.Blank;
import dev.regulars.pos.receipt.ReceiptRow.Qr;
import dev.regulars.pos.receipt.ReceiptRow.Rule;
import dev.regulars.pos.receipt.ReceiptRow.Text;
import java.util.List;

/**
 * A receipt as ESC/POS bytes for a thermal printer: the rows of {@link ReceiptLayout} wrapped to the paper's
 * columns, in the code page of the receipt's language (PC866 for Russian, PC858 with the euro sign otherwise),
 * totals bold at double size, the rating link as the printer's own QR code or as a raster image, then the cut (or,
 * on a printer without a cutter, the paper fed to the tear bar).
 */
public final class EscPosReceipt {

    private EscPosReceipt() {
    }

    /**
     * @param openDrawer kick the cash drawer (a cash payment): sent first, so the drawer opens while it prints
     */
    public static byte[] render(Receipt receipt, PrinterProfile printer, boolean openDrawer) {
        return render(ReceiptLayout.rows(receipt), receipt.store().locale(), printer, openDrawer);
    }

    /**
     * Any laid-out slip (a receipt, an X or Z report) as ESC/POS bytes.
     *
     * @param locale the slip's language, which chooses the code page
     */
    public static byte[] render(java.util.List<ReceiptRow> rows, java.util.Locale locale, PrinterProfile printer,
                                boolean openDrawer) {
        EscPos out = new EscPos().initialize()
                .codePage("ru".equals(locale.getLanguage()) ? EscPos.CodePage.PC866 : EscPos.CodePage.PC858);
        if (openDrawer) {
            out.kickDrawer();
        }
        for (ReceiptRow row : rows) {
            draw(row, printer, out);
        }
        switch (printer.cut()) {
            case PARTIAL -> out.cut(4);
            case FULL -> out.fullCut(4);
            // no cutter: past the tear bar, which sits about as far above the print head as a cutter does
            case NONE -> out.feed(TEAR_OFF_LINES);
        }
        return out.bytes();
    }

    /** Lines fed after a receipt on a printer without a cutter, so its last line clears the tear bar. */
    static final int TEAR_OFF_LINES = 5;

    /**
     * Only the cash drawer's kick (ESC @, ESC p), with nothing printed or cut: the "Open drawer" button and the
     * drawer at a shift's opening.
     */
    public static byte[] drawerKick() {
        return new EscPos().initialize().kickDrawer().bytes();
    }

    private static void draw(ReceiptRow row, PrinterProfile printer, EscPos out) {
        if (row instanceof Text text) {
            text(text, printer, out);
        } else if (row instanceof Rule) {
            out.line("-".repeat(printer.columns()));
        } else if (row instanceof Blank) {
            out.feed();
        } else if (row instanceof Qr qr) {
            qr(qr.data(), printer, out);
        }
    }

    private static void text(Text text, PrinterProfile printer, EscPos out) {
        int width = text.large() ? printer.columns() / 2 : printer.columns();
        if (text.bold()) {
            out.bold(true);
        }
        if (text.large()) {
            out.size(2, 2);
        }
        if (text.centered()) {
            out.align(EscPos.Align.CENTER);
        }
        // wrapped as it prints: a folded "EUR" or "..." takes more columns than its one character
        List<String> lines = text.centered() ? TextWrap.words(out.printed(text.left()), width)
                : TextWrap.leftRight(out.printed(text.left()), out.printed(text.right()), width);
        lines.forEach(out::line);
        if (text.centered()) {
            out.align(EscPos.Align.LEFT);
        }
        if (text.large()) {
            out.size(1, 1);
        }
        if (text.bold()) {
            out.bold(false);
        }
    }

    private static void qr(String data, PrinterProfile printer, EscPos out) {
        out.align(EscPos.Align.CENTER);
        if (printer.nativeQr()) {
            out.qr(data, printer.qrModuleDots());
        } else {
            out.raster(centred(QrMatrix.scaled(QrMatrix.modules(data, 2), printer.qrModuleDots()),
                    printer.dotsPerLine()));
        }
        out.feed();
        out.align(EscPos.Align.LEFT);
    }

    /** The image padded with white on both sides to the paper's width: not every printer centres raster images. */
    private static boolean[][] centred(boolean[][] dots, int paperDots) {
        int width = dots[0].length;
        if (width >= paperDots) {
            return dots;
        }
        int left = (paperDots - width) / 2;
        boolean[][] wide = new boolean[dots.length][paperDots];
        for (int y = 0; y < dots.length; y++) {
            System.arraycopy(dots[y], 0, wide[y], left, width);
        }
        return wide;
    }
}
