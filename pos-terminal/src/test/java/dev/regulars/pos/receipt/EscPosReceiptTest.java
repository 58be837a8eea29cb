package dev.regulars.pos.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.pricing.VatAmount;
import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Receipts as the printer gets them, byte by byte. */
class EscPosReceiptTest {

    private static final Charset CP866 = Charset.forName("IBM866");

    /** A tea for cash at a store with no address, VAT id or public URL: the smallest receipt. */
    private static Receipt tea() {
        ReceiptStore store = new ReceiptStore("Cafe", List.of(), null, "en", null, ZoneId.of("Europe/Amsterdam"),
                null);
        return new Receipt(Receipt.Kind.SALE, store, "000001",
                ZonedDateTime.of(2026, 11, 23, 9, 41, 0, 0, ZoneId.of("Europe/Amsterdam")), "Front", "Anna",
                Currency.getInstance("EUR"),
                List.of(new Receipt.Line("Tea", 1, 250, List.of(), 0, 250, new BasisPoints(0))),
                new Receipt.Totals(250, 0, 0, 0, 250), List.of(new VatAmount(new BasisPoints(0), 250, 0)),
                List.of(new Receipt.Payment(PaymentMethod.CASH, 250, 300)), null, null, false);
    }

    @Test
    void theSmallestReceiptIsExactlyTheseBytesOn58mmPaper() {
        Bytes expected = new Bytes()
                .add(0x1B, '@').add(0x1B, 't', 19) // initialize, code page PC858
                .add(0x1B, 'p', 0, 25, 250) // cash: the drawer opens first
                .add(0x1B, 'E', 1).add(0x1D, '!', 0x11).add(0x1B, 'a', 1).text("Cafe\n")
                .add(0x1B, 'a', 0).add(0x1D, '!', 0).add(0x1B, 'E', 0)
                .text("\n")
                .text("Receipt 000001 23 Nov 2026 09:41\n")
                .text("Till Front          Cashier Anna\n")
                .text("-".repeat(32) + "\n")
                .text("Tea" + " ".repeat(25) + "2.50\n")
                .text("-".repeat(32) + "\n")
                .add(0x1B, 'E', 1).add(0x1D, '!', 0x11).text("TOTAL EUR   2.50\n").add(0x1D, '!', 0)
                .add(0x1B, 'E', 0)
                .text("-".repeat(32) + "\n")
                .text("Cash" + " ".repeat(24) + "2.50\n")
                .text("Cash given" + " ".repeat(18) + "3.00\n")
                .add(0x1B, 'E', 1).text("Change" + " ".repeat(22) + "0.50\n").add(0x1B, 'E', 0)
                .add(0x1D, 'V', 66, 4); // feed 4 lines and cut

        byte[] printed = EscPosReceipt.render(tea(), PrinterProfile.PAPER_58, true);

        assertThat(HexFormat.ofDelimiter(" ").formatHex(printed))
                .isEqualTo(HexFormat.ofDelimiter(" ").formatHex(expected.bytes()));
    }

    @Test
    void theSellerIsNamedFirstThenTheStoreItsAddressAndVatNumber() {
        Receipt tea = tea();
        ReceiptStore store = ReceiptStore.of(new dev.regulars.core.sync.StoreDetails("Canal Street",
                "Regulars BV", "Prinsengracht 123", "NL001234567B01", "en", "Europe/Amsterdam", "EUR", "NL",
                null, null));
        Receipt sold = new Receipt(tea.kind(), store, tea.number(), tea.issuedAt(), tea.tillName(),
                tea.cashierName(), tea.currency(), tea.lines(), tea.totals(), tea.vat(), tea.payments(),
                tea.loyalty(), tea.ratingUrl(), false);
        Bytes expected = new Bytes()
                .add(0x1B, '@').add(0x1B, 't', 19)
                .add(0x1B, 'p', 0, 25, 250)
                .add(0x1B, 'E', 1).add(0x1D, '!', 0x11).add(0x1B, 'a', 1).text("Regulars BV\n")
                .add(0x1B, 'a', 0).add(0x1D, '!', 0).add(0x1B, 'E', 0)
                .add(0x1B, 'a', 1).text("Canal Street\n").add(0x1B, 'a', 0)
                .add(0x1B, 'a', 1).text("Prinsengracht 123\n").add(0x1B, 'a', 0)
                .add(0x1B, 'a', 1).text("VAT no. NL001234567B01\n").add(0x1B, 'a', 0)
                .text("\n");

        byte[] printed = EscPosReceipt.render(sold, PrinterProfile.PAPER_58, true);

        assertThat(HexFormat.ofDelimiter(" ").formatHex(Arrays.copyOf(printed, expected.bytes().length)))
                .isEqualTo(HexFormat.ofDelimiter(" ").formatHex(expected.bytes()));
    }

    @Test
    void aPrinterWithoutACutterGetsNoCutCommandButThePaperFedToTearOff() {
        byte[] partial = EscPosReceipt.render(tea(), PrinterProfile.PAPER_58, false);
        byte[] none = EscPosReceipt.render(tea(), PrinterProfile.PAPER_58.withCut(PrinterProfile.Cut.NONE), false);
        byte[] full = EscPosReceipt.render(tea(), PrinterProfile.PAPER_58.withCut(PrinterProfile.Cut.FULL), false);

        byte[] body = Arrays.copyOf(partial, partial.length - 4);
        assertThat(Arrays.copyOfRange(partial, body.length, partial.length)).containsExactly(0x1D, 'V', 66, 4);
        // ESC d 5: five lines past the tear bar, and no GS V anywhere
        assertThat(none).isEqualTo(concat(body, new byte[] {0x1B, 'd', 5}));
        assertThat(indexOf(none, new byte[] {0x1D, 'V'})).isNegative();
        assertThat(full).isEqualTo(concat(body, new byte[] {0x1D, 'V', 65, 4}));
    }

    @Test
    void theDrawerAloneIsInitializeAndTheKick() {
        assertThat(EscPosReceipt.drawerKick()).containsExactly(0x1B, '@', 0x1B, 'p', 0, 25, 250);
    }

    @Test
    void aRussianReceiptIsInCodePage866AndTheRatingLinkIsThePrintersOwnQr() {
        byte[] printed = EscPosReceipt.render(ReceiptSamples.latteReceipt("ru", "RUB"), PrinterProfile.PAPER_80,
                false);

        assertThat(Arrays.copyOfRange(printed, 0, 5)).containsExactly(0x1B, '@', 0x1B, 't', 17);
        String text = new String(printed, CP866);
        assertThat(text).contains("Кофейня Зерно", "Здравствуйте, Eva!", "Начислено баллов", "ИТОГО RUB",
                "НДС 9 % с 6,76");
        // nothing the code page lacks: the only '?' is the question the receipt asks
        assertThat(text.chars().filter(c -> c == '?').count()).isEqualTo(1);
        assertThat(text).contains("Как вам у нас? Оцените");
        byte[] url = ReceiptSamples.RATING_URL.getBytes(StandardCharsets.US_ASCII);
        int length = url.length + 3;
        assertThat(indexOf(printed, concat(new byte[] {0x1D, '(', 'k', (byte) (length & 0xFF), (byte) (length >> 8),
                49, 80, 48}, url))).isPositive();
        // no drawer kick for a receipt that does not ask for it
        assertThat(indexOf(printed, new byte[] {0x1B, 'p', 0})).isNegative();
    }

    @Test
    void aPrinterWithoutAQrCommandGetsARasterImageThatScansToTheRatingLink() throws Exception {
        byte[] printed = EscPosReceipt.render(ReceiptSamples.latteReceipt("en", "EUR"),
                PrinterProfile.PAPER_80.withRasterQr(), false);

        int at = indexOf(printed, new byte[] {0x1D, 'v', '0', 0});
        assertThat(at).isPositive();
        int widthBytes = (printed[at + 4] & 0xFF) | (printed[at + 5] & 0xFF) << 8;
        int height = (printed[at + 6] & 0xFF) | (printed[at + 7] & 0xFF) << 8;
        assertThat(widthBytes).isEqualTo(576 / 8);
        int[] pixels = new int[widthBytes * 8 * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < widthBytes * 8; x++) {
                int b = printed[at + 8 + y * widthBytes + x / 8] & 0xFF;
                pixels[y * widthBytes * 8 + x] = (b & (0x80 >> (x % 8))) != 0 ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        // white margin round the code, as paper has
        int width = widthBytes * 8 + 40;
        int[] framed = new int[width * (height + 40)];
        Arrays.fill(framed, 0xFFFFFFFF);
        for (int y = 0; y < height; y++) {
            System.arraycopy(pixels, y * widthBytes * 8, framed, (y + 20) * width + 20, widthBytes * 8);
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height + 40, framed)));

        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(ReceiptSamples.RATING_URL);
        assertThat(indexOf(printed, new byte[] {0x1D, '(', 'k'})).isNegative();
    }

    @Test
    void longNamesWrapWithTheAmountOnTheLastLineAndNoLineIsWiderThanThePaper() {
        List<String> lines = TextWrap.leftRight("Cinnamon roll with extra cream cheese frosting and pecans", "12.50",
                32);

        assertThat(lines).containsExactly(
                "Cinnamon roll with extra cream",
                "cheese frosting and pecans 12.50");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(32));
        assertThat(TextWrap.leftRight("X".repeat(40), "1.00", 32))
                .containsExactly("X".repeat(32), "XXXXXXXX" + " ".repeat(20) + "1.00");
        assertThat(TextWrap.leftRight("  + Size: Large", "+0.50", 32))
                .containsExactly("  + Size: Large" + " ".repeat(12) + "+0.50");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {"en; IBM00858; Hello, Maximiliaan",
            "ru; IBM866; Здравствуйте, Maximil", "nl; IBM00858; Hallo Maximiliaan"})
    void aLongFirstNameIsCutToOneLineOf58mmPaper(String language, String charset, String greeting) {
        assertThat(ReceiptSamples.LONG_NAME).hasSize(88);
        byte[] bytes = EscPosReceipt.render(ReceiptSamples.latteReceipt(language, "EUR", ReceiptSamples.LONG_NAME),
                PrinterProfile.PAPER_58, false);

        String printed = new String(bytes, Charset.forName(charset));
        String hello = Arrays.stream(printed.split("\n")).filter(l -> l.contains(greeting)).findFirst()
                .orElseThrow();
        assertThat(hello).startsWith(greeting).endsWith("...!");
        assertThat(hello.length()).isLessThanOrEqualTo(PrinterProfile.PAPER_58.columns());
        assertThat(printed).doesNotContain("Piet");
    }

    @Test
    void aLineIsWrappedAtTheLengthItPrintsWithInTheCodePage() {
        // PC866 has no euro sign: each prints as "EUR", and the line is wrapped at that length
        ReceiptStore store = new ReceiptStore("Cafe", List.of(), null, "ru", "€ € € € € € € € € € €",
                ZoneId.of("Europe/Amsterdam"), null);
        Receipt receipt = tea();
        byte[] bytes = EscPosReceipt.render(new Receipt(receipt.kind(), store, receipt.number(), receipt.issuedAt(),
                receipt.tillName(), receipt.cashierName(), receipt.currency(), receipt.lines(), receipt.totals(),
                receipt.vat(), receipt.payments(), receipt.loyalty(), receipt.ratingUrl(), receipt.copy()),
                PrinterProfile.PAPER_58, false);

        assertThat(new String(bytes, CP866)).contains("EUR EUR EUR EUR EUR EUR EUR EUR\n", "\nEUR EUR EUR\n");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Expected bytes written out by hand. */
    private static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes add(int... bytes) {
            for (int b : bytes) {
                out.write(b);
            }
            return this;
        }

        Bytes text(String ascii) {
            out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
