package dev.regulars.pos.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The ESC/POS bytes, checked one by one against the command reference. */
class EscPosTest {

    private static String hex(EscPos escPos) {
        return HexFormat.ofDelimiter(" ").formatHex(escPos.bytes());
    }

    @Test
    void aReceiptHeadInRussianIsCyrillicInCodePage866() {
        EscPos p = new EscPos().initialize().codePage(EscPos.CodePage.PC866).align(EscPos.Align.CENTER)
                .bold(true).line("Кофе").bold(false);
        assertThat(hex(p)).isEqualTo("1b 40 1b 74 11 1b 61 01 1b 45 01 8a ae e4 a5 0a 1b 45 00");
    }

    @Test
    void latinTextWithTheEuroSignIsCodePage858AndWhatItLacksIsSpelledOut() {
        assertThat(hex(new EscPos().codePage(EscPos.CodePage.PC858).text("Café €3"))).isEqualTo(
                "1b 74 13 43 61 66 82 20 d5 33");
        assertThat(hex(new EscPos().codePage(EscPos.CodePage.PC866).text("€"))).isEqualTo("1b 74 11 45 55 52");
        assertThat(hex(new EscPos().text("€"))).as("PC437 after power-on").isEqualTo("45 55 52");
    }

    @Test
    void whatTheCodePageLacksIsFoldedNeverAQuestionMark() {
        // "Café" in CP866 (no é): the accent goes, the letter stays
        assertThat(hex(new EscPos().codePage(EscPos.CodePage.PC866).text("Café Ž"))).isEqualTo(
                "1b 74 11 43 61 66 65 20 5a");
        // Cyrillic in PC858: the passport table (ICAO 9303), capitals as the word has them
        assertThat(hex(new EscPos().codePage(EscPos.CodePage.PC858).text("Щи Юля ЖУК"))).isEqualTo(
                "1b 74 13 53 68 63 68 69 20 49 75 6c 69 61 20 5a 48 55 4b");
        // emoji and other symbols are left out, the rest stays: "Latte ☕️ 👍🏽!" prints "Latte  !"
        assertThat(hex(new EscPos().codePage(EscPos.CodePage.PC858).text("Latte \u2615\uFE0F \uD83D\uDC4D\uD83C\uDFFD!")))
                .isEqualTo("1b 74 13 4c 61 74 74 65 20 20 21");
        // Cyrillic stays Cyrillic in CP866; "ß" is PC858's own (0xE1) and spelled "ss" in CP866
        assertThat(hex(new EscPos().codePage(EscPos.CodePage.PC866).text("Ёж"))).isEqualTo("1b 74 11 f0 a6");
        assertThat(hex(new EscPos().codePage(EscPos.CodePage.PC858).text("ß"))).isEqualTo("1b 74 13 e1");
        assertThat(hex(new EscPos().codePage(EscPos.CodePage.PC866).text("Straße"))).isEqualTo(
                "1b 74 11 53 74 72 61 73 73 65");
    }

    @Test
    void controlCharactersInDataNeverReachThePrinterAsCommands() {
        // a product named with an ESC @ (reset) and a GS V (cut) inside it
        assertThat(hex(new EscPos().text("Tea\u001B@\u001DV\nX"))).isEqualTo("54 65 61 20 40 20 56 20 58");
    }

    @Test
    void totalsAreDoubleSizeAndTheSizeIsChecked() {
        assertThat(hex(new EscPos().size(2, 2).line("9.80").size(1, 1))).isEqualTo("1d 21 11 39 2e 38 30 0a 1d 21 00");
        assertThat(hex(new EscPos().size(8, 1))).isEqualTo("1d 21 70");
        assertThatThrownBy(() -> new EscPos().size(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("width is 1 to 8, not 0");
        assertThatThrownBy(() -> new EscPos().size(1, 9)).hasMessage("height is 1 to 8, not 9");
    }

    @Test
    void theRatingLinkIsThePrintersOwnQrCodeModel2() {
        String link = "https://r.example/r/AB";
        assertThat(hex(new EscPos().qr(link, 6))).isEqualTo(
                "1d 28 6b 04 00 31 41 32 00 "           // model 2
                        + "1d 28 6b 03 00 31 43 06 "    // module size 6 dots
                        + "1d 28 6b 03 00 31 45 31 "    // error correction M
                        + "1d 28 6b 19 00 31 50 30 "    // store 22 + 3 bytes
                        + HexFormat.ofDelimiter(" ").formatHex(link.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        + " 1d 28 6b 03 00 31 51 30");  // print
        // a long link's length takes two bytes, low first
        String longer = "x".repeat(300);
        assertThat(hex(new EscPos().qr(longer, 4))).contains("1d 28 6b 2f 01 31 50 30");
    }

    @Test
    void aQrCodeRefusesWhatItCannotHold() {
        assertThatThrownBy(() -> new EscPos().qr("", 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscPos().qr("Кофе", 6)).hasMessageContaining("ASCII");
        assertThatThrownBy(() -> new EscPos().qr("x".repeat(EscPos.MAX_QR_BYTES + 1), 6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscPos().qr("x", 17)).hasMessage("QR module size is 1 to 16, not 17");
    }

    @Test
    void cutAndDrawer() {
        assertThat(hex(new EscPos().feed(3).cut(4).kickDrawer())).isEqualTo("1b 64 03 1d 56 42 04 1b 70 00 19 fa");
        assertThatThrownBy(() -> new EscPos().cut(256)).isInstanceOf(IllegalArgumentException.class);
    }
}
