package dev.regulars.pos.ui;

import dev.regulars.pos.TillContext;
import dev.regulars.pos.devices.nfc.NfcCardReader;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.sync.BackgroundSync;
import dev.regulars.pos.sync.BackgroundSync.SyncResult;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What the till drives besides its screens, as its options say: the receipt printer (and the PDF archive beside the
 * journal), the NFC reader ({@code --nfc}) and the background sync. Each is started once, on first use.
 */
final class Devices implements AutoCloseable {

    private final TillContext till;
    private final TillOptions options;
    private NfcCardReader nfc;
    private BackgroundSync backgroundSync;

    Devices(TillContext till, TillOptions options) {
        this.till = till;
        this.options = options;
    }

    /**
     * Starts syncing on the options' period (none in tests: they drive sync themselves); each result to listener.
     *
     * @param firstSync when the first round starts: at once after pairing (the rest of the customers), a few
     *                  seconds after a launch already paired (on two cores the first round's HTTP client, JSON
     *                  mapper and the server's answer would slow the start; the sales are safe in the journal)
     */
    void startSync(Consumer<SyncResult> listener, Duration firstSync) {
        if (backgroundSync == null && options.syncPeriod().isPresent()) {
            backgroundSync = new BackgroundSync(till.sync(), listener);
            backgroundSync.start(options.syncPeriod().get(), firstSync);
        }
    }

    /** A sync round now (a sale was just journalled), when background sync runs. */
    void syncNow() {
        if (backgroundSync != null) {
            backgroundSync.requestNow();
        }
    }

    /**
     * Watches the NFC readers (--nfc): each card tapped goes to {@code tapped} and each reader state to the bar,
     * both on the JavaFX thread.
     */
    void startNfc(Consumer<String> tapped, ShellViewModel bar) {
        if (nfc != null || !options.nfc()) {
            return;
        }
        nfc = NfcCardReader.system();
        nfc.start(tap -> till.ui().execute(() -> tapped.accept(tap.cardNumber())),
                status -> till.ui().execute(() -> bar.nfcStatus(status.kind().name(), status.message())));
    }

    /** The printer of the till's options, and the PDF archive beside the journal. */
    ReceiptOutput receiptOutput() {
        return new ReceiptOutput(ReceiptOutput.printerAt(options.printer().orElse(null)), options.printerProfile(),
                till.journal().folder().resolve("receipts"));
    }

    @Override
    public void close() {
        if (nfc != null) {
            nfc.close();
        }
        if (backgroundSync != null) {
            backgroundSync.close();
        }
    }
}
