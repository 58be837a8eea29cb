package dev.regulars.pos.ui;

import java.time.Duration;
import java.util.Optional;

/**
 * How the till was started: whether to go full screen (kiosk), optionally where and how to pair on first start (so
 * an installer or the demo can pair it without typing), and its receipt printer.
 *
 * @param printer   {@code tcp://HOST[:PORT]} or a device file such as {@code /dev/usb/lp0}; empty for none
 * @param paperMm   58 or 80
 * @param rasterQr  the printer lacks the QR command: send the QR as an image
 * @param customerDisplay open a second window for the customer (on a second screen when there is one)
 * @param nfc       watch PC/SC readers for NFC cards (pcscd must run)
 */
public record TillOptions(boolean fullScreen, Optional<String> serverUrl, Optional<String> pairingCode,
                          Optional<String> terminalName, Optional<Duration> syncPeriod, Optional<String> printer,
                          int paperMm, boolean rasterQr, boolean customerDisplay, boolean nfc) {

    public TillOptions {
        if (paperMm != 58 && paperMm != 80) {
            throw new IllegalArgumentException("receipt paper is 58 or 80 mm wide, not " + paperMm);
        }
    }

    /** Without a receipt printer. */
    public TillOptions(boolean fullScreen, Optional<String> serverUrl, Optional<String> pairingCode,
                       Optional<String> terminalName, Optional<Duration> syncPeriod) {
        this(fullScreen, serverUrl, pairingCode, terminalName, syncPeriod, Optional.empty(), 80, false, false, false);
    }
}
