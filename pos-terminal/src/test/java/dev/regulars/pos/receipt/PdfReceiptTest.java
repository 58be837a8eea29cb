package dev.regulars.pos.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PDF receipt opened again with PDFBox: its fonts are embedded, its text reads back in the store's language,
 * and its page rendered to PNG (saved under target/ for a person to look at) carries a QR code that scans to the
 * rating link.
 */
class PdfReceiptTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"en; EUR; TOTAL EUR; Hello, Eva!", "ru; RUB; ИТОГО RUB; Здравствуйте, Eva!",
            "nl; EUR; TOTAAL EUR; Hallo Eva!"})
    void readsBackRendersAndScans(String language, String currency, String total, String hello)
            throws Exception {
        byte[] pdf = PdfReceipt.render(ReceiptSamples.latteReceipt(language, currency));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "receipt-" + language + ".pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(226.77f, org.assertj.core.data.Offset.offset(0.1f));
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());

            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(total, "17" + ("en".equals(language) ? "." : ",") + "42",
                    hello);

            BufferedImage png = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.RGB);
            Path file = Path.of("target", "receipt-" + language + ".png");
            ImageIO.write(png, "png", file.toFile());
            int[] pixels = png.getRGB(0, 0, png.getWidth(), png.getHeight(), null, 0, png.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(png.getWidth(), png.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(ReceiptSamples.RATING_URL);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"en; Hello, Maximiliaan", "ru; Здравствуйте, Maximil",
            "nl; Hallo Maximiliaan"})
    void aLongFirstNameIsCutWithAnEllipsisAndNoTextRunsOffThePage(String language, String greeting)
            throws Exception {
        byte[] pdf = PdfReceipt.render(ReceiptSamples.latteReceipt(language, "EUR", ReceiptSamples.LONG_NAME));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text.lines().filter(l -> l.startsWith(greeting))).singleElement()
                    .satisfies(hello -> assertThat(hello).endsWith("…!"));
            assertThat(text).doesNotContain("Piet");
        }
        assertThat(rightmost(pdf)).as("within the page's right margin").isLessThanOrEqualTo(RIGHT_MARGIN);
    }

    @org.junit.jupiter.api.Test
    void aWordWiderThanThePaperAfterOtherWordsIsCutToo() throws Exception {
        Receipt latte = ReceiptSamples.latteReceipt("en", "EUR");
        ReceiptStore store = latte.store();
        ReceiptStore withLink = new ReceiptStore(store.name(), store.addressLines(), store.vatId(), "en",
                "Join us: https://regulars.example/join/a-link-much-wider-than-eighty-millimetres-of-paper-1234567890",
                store.zone(), null);
        byte[] pdf = PdfReceipt.render(new Receipt(latte.kind(), withLink, latte.number(), latte.issuedAt(),
                latte.tillName(), latte.cashierName(), latte.currency(), latte.lines(), latte.totals(), latte.vat(),
                latte.payments(), latte.loyalty(), latte.ratingUrl(), latte.copy()));

        assertThat(rightmost(pdf)).isLessThanOrEqualTo(RIGHT_MARGIN);
    }

    /** Where the page's right margin (12 pt) begins, with half a point for rounding. */
    private static final float RIGHT_MARGIN = PdfReceipt.PAGE_WIDTH - 12 + 0.5f;

    /** The right edge of the rightmost glyph on the page. */
    private static float rightmost(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float[] rightmost = {0};
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs)
                        throws java.io.IOException {
                    glyphs.forEach(g -> rightmost[0] = Math.max(rightmost[0], g.getXDirAdj() + g.getWidthDirAdj()));
                    super.writeString(text, glyphs);
                }
            }.getText(doc);
            return rightmost[0];
        }
    }
}
