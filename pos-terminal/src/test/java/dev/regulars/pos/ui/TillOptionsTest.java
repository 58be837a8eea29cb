package dev.regulars.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.pos.receipt.PrinterProfile;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The till's command line: every option's value is checked, and a wrong one says what is accepted. */
class TillOptionsTest {

    private static final Duration SYNC = Duration.ofSeconds(15);

    @Test
    void thePaperIsGivenWithOrWithoutMm() {
        for (String typed : new String[] {"58", "58mm", "58MM", "58 mm"}) {
            assertThat(TillOptions.of(Map.of("paper", typed), SYNC).printerProfile().columns()).as(typed)
                    .isEqualTo(32);
        }
        for (String typed : new String[] {"80", "80mm", " 80 "}) {
            assertThat(TillOptions.of(Map.of("paper", typed), SYNC).printerProfile().columns()).as(typed)
                    .isEqualTo(48);
        }
        assertThat(TillOptions.of(Map.of(), SYNC).paperMm()).isEqualTo(80);
        assertThatThrownBy(() -> TillOptions.of(Map.of("paper", "57mm"), SYNC))
                .hasMessage("--paper is the receipt paper's width: 58, 58mm, 80 or 80mm, not \"57mm\"");
    }

    @Test
    void thePrintersCutIsPartialFullOrNone() {
        assertThat(TillOptions.of(Map.of(), SYNC).printerProfile().cut()).isEqualTo(PrinterProfile.Cut.PARTIAL);
        assertThat(TillOptions.of(Map.of("printer-cut", "none"), SYNC).printerProfile())
                .isEqualTo(PrinterProfile.PAPER_80.withCut(PrinterProfile.Cut.NONE));
        assertThat(TillOptions.of(Map.of("printer-cut", "FULL", "paper", "58", "printer-qr", "raster"), SYNC)
                .printerProfile()).isEqualTo(PrinterProfile.PAPER_58.withRasterQr().withCut(PrinterProfile.Cut.FULL));
        assertThatThrownBy(() -> TillOptions.of(Map.of("printer-cut", "no"), SYNC))
                .hasMessage("--printer-cut is partial, full or none, not \"no\"");
    }

    @Test
    void everyOtherOptionSaysWhatIsWrongWithItsValue() {
        assertThatThrownBy(() -> TillOptions.of(Map.of("printer-qr", "image"), SYNC))
                .hasMessage("--printer-qr is native or raster, not \"image\"");
        assertThatThrownBy(() -> TillOptions.of(Map.of("printer", "lp0"), SYNC))
                .hasMessage("--printer: A printer is tcp://HOST[:PORT] or a device file such as /dev/usb/lp0,"
                        + " not lp0");
        assertThatThrownBy(() -> TillOptions.of(Map.of("printer", "tcp://10.0.0.5:ninety"), SYNC))
                .hasMessage("--printer: A network printer's port is a number from 1 to 65535 (9100 for most), not"
                        + " \"ninety\" in tcp://10.0.0.5:ninety");
        assertThatThrownBy(() -> TillOptions.of(Map.of("printer", "tcp://:9100"), SYNC))
                .hasMessageContaining("names no host");
        assertThatThrownBy(() -> TillOptions.of(Map.of("server", "ftp://shop"), SYNC))
                .hasMessage("--server is the Regulars server's address, such as https://regulars.example.com or"
                        + " 192.168.1.10:8080, not \"ftp://shop\"");
        assertThatThrownBy(() -> TillOptions.of(Map.of("pairing-code", " "), SYNC))
                .hasMessage("--pairing-code needs a value that is not blank");
        assertThatThrownBy(() -> TillOptions.of(Map.of("pairing-code", "ABC-123"), SYNC))
                .hasMessage("--pairing-code pairs with the server --server names: give both, such as"
                        + " --server https://regulars.example.com --pairing-code CODE");
        assertThatThrownBy(() -> TillOptions.of(Map.of("terminal-name", ""), SYNC))
                .hasMessage("--terminal-name needs a value that is not blank");
    }

    @Test
    void aServerWithoutSchemeGetsOneAndFlagsAreRead() {
        TillOptions options = TillOptions.of(Map.of("server", "shop.example.com:8443", "printer", "tcp://10.0.0.5",
                "windowed", "true", "nfc", "true", "pairing-code", " ABC-123 "), SYNC);
        assertThat(options.serverUrl()).contains("https://shop.example.com:8443");
        assertThat(options.printer()).contains("tcp://10.0.0.5");
        assertThat(options.pairingCode()).contains("ABC-123");
        assertThat(options.fullScreen()).isFalse();
        assertThat(options.nfc()).isTrue();
        assertThat(options.customerDisplay()).isFalse();
        assertThat(options.syncPeriod()).isEqualTo(Optional.of(SYNC));
    }
}
