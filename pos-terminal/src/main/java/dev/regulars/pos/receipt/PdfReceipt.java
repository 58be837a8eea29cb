package dev.regulars.pos.receipt;

import dev.regulars.pos.receipt.ReceiptRow.Blank;
import dev.regulars.pos.receipt.ReceiptRow.Qr;
import dev.regulars.pos.receipt.ReceiptRow.Rule;
import dev.regulars.pos.receipt.ReceiptRow.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A receipt as a PDF on a page of thermal paper's width (80 mm), for the archive and for e-mail: the rows of
 * {@link ReceiptLayout} in DejaVu Sans (Latin and Cyrillic; the fonts' subsets are embedded, so any reader shows
 * the same text), amounts flush right, the rating link as a vector QR code. PDFBox 3.
 */
public final class PdfReceipt {

    /** 80 mm in points (1/72 inch). */
    static final float PAGE_WIDTH = 80f / 25.4f * 72f;
    private static final float MARGIN = 12f;
    private static final float SIZE = 8.5f;
    private static final float LARGE = 13f;
    private static final float LEADING = 1.3f;
    /** The rating QR: about 3 cm across. */
    private static final float QR_SIDE = 30f / 25.4f * 72f;
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private PdfReceipt() {
    }

    /**
     * @return the PDF's bytes
     * @throws UncheckedIOException if the embedded fonts cannot be read (a broken installation)
     */
    public static byte[] render(Receipt receipt) {
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = new Fonts(font(doc, "DejaVuSans.ttf"), font(doc, "DejaVuSans-Bold.ttf"));
            List<ReceiptRow> rows = ReceiptLayout.rows(receipt);
            float height = 2 * MARGIN;
            for (ReceiptRow row : rows) {
                height += draw(row, fonts, null, 0);
            }
            PDPage page = new PDPage(new PDRectangle(PAGE_WIDTH, height));
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = height - MARGIN;
                for (ReceiptRow row : rows) {
                    y -= draw(row, fonts, content, y);
                }
            }
            var info = doc.getDocumentInformation();
            info.setTitle(receipt.store().name() + " " + receipt.number());
            info.setCreator("Regulars till");
            info.setCreationDate(GregorianCalendar.from(receipt.issuedAt()));
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the receipt could not be made as PDF", e);
        }
    }

    private record Fonts(PDFont regular, PDFont bold) {
    }

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = PdfReceipt.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("font " + file + " is missing from the classpath (jasperreports-fonts)");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** Draws a row with its top at {@code top} (content null: only measures); returns the height it takes. */
    private static float draw(ReceiptRow row, Fonts fonts, PDPageContentStream content, float top)
            throws IOException {
        float lineHeight = SIZE * LEADING;
        if (row instanceof Blank) {
            return lineHeight * 0.6f;
        }
        if (row instanceof Rule) {
            if (content != null) {
                content.setLineDashPattern(new float[] {2f, 2f}, 0);
                content.setLineWidth(0.5f);
                content.moveTo(MARGIN, top - lineHeight / 2);
                content.lineTo(PAGE_WIDTH - MARGIN, top - lineHeight / 2);
                content.stroke();
                content.setLineDashPattern(new float[0], 0);
            }
            return lineHeight;
        }
        if (row instanceof Qr qr) {
            if (content != null) {
                qr(content, QrMatrix.modules(qr.data(), 0), top - lineHeight * 0.3f);
            }
            return QR_SIDE + lineHeight * 0.6f;
        }
        Text text = (Text) row;
        PDFont font = text.bold() ? fonts.bold() : fonts.regular();
        float size = text.large() ? LARGE : SIZE;
        float width = PAGE_WIDTH - 2 * MARGIN;
        String left = printable(font, text.left());
        String right = text.right() == null ? null : printable(font, text.right());
        float rightWidth = right == null ? 0 : width(font, size, right);
        List<String> lines = wrap(font, size, left, width);
        boolean rightAlone = right != null && !lines.isEmpty()
                && width(font, size, lines.get(lines.size() - 1)) + rightWidth + size > width;
        int count = Math.max(1, lines.size() + (rightAlone ? 1 : 0));
        float height = count * size * LEADING;
        if (content != null) {
            float baseline = top - size;
            for (String line : lines) {
                float x = text.centered() ? MARGIN + (width - width(font, size, line)) / 2 : MARGIN;
                show(content, font, size, x, baseline, line);
                baseline -= size * LEADING;
            }
            if (right != null) {
                float y = rightAlone || lines.isEmpty() ? baseline : baseline + size * LEADING;
                show(content, font, size, PAGE_WIDTH - MARGIN - rightWidth, y, right);
            }
        }
        return height;
    }

    private static void show(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static void qr(PDPageContentStream content, boolean[][] modules, float top) throws IOException {
        float module = QR_SIDE / modules.length;
        float left = (PAGE_WIDTH - QR_SIDE) / 2;
        for (int y = 0; y < modules.length; y++) {
            for (int x = 0; x < modules[y].length; x++) {
                if (modules[y][x]) {
                    content.addRect(left + x * module, top - (y + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }

    /**
     * Greedy word wrap by the font's widths; a word wider than a line is cut, as often as it takes, wherever it
     * comes in the text (every line fits the paper).
     */
    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String indent = text.startsWith("  ") ? "  " : "";
        String line = "";
        for (String word : text.strip().split(" +")) {
            String candidate = line.isEmpty() ? indent + word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
                candidate = indent + word;
            }
            // a word wider than the paper: cut it where it stops fitting
            while (candidate.length() > indent.length() + 1 && width(font, size, candidate) > width) {
                int end = candidate.length();
                while (end > indent.length() + 1 && width(font, size, candidate.substring(0, end)) > width) {
                    end--;
                }
                lines.add(candidate.substring(0, end));
                candidate = indent + candidate.substring(end);
            }
            line = candidate;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** The text with characters the font lacks (and control characters) shown as '?' rather than failing. */
    private static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            if (Character.isISOControl(c)) {
                out.append(' ');
                return;
            }
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException missing) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
