package dev.regulars.pos.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Receipts reach a printer's raw TCP port or device file byte for byte; a printer that is not there says so. */
class ReceiptPrinterTest {

    @TempDir
    Path dir;

    @Test
    void theBytesArriveAtTheNetworkPrintersPortExactly() throws Exception {
        byte[] receipt = new EscPos().initialize().codePage(EscPos.CodePage.PC866).line("Кофе 3,90").cut(3).bytes();
        try (ServerSocket printer = new ServerSocket(0)) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
                try (Socket connection = printer.accept(); InputStream in = connection.getInputStream()) {
                    ByteArrayOutputStream all = new ByteArrayOutputStream();
                    in.transferTo(all);
                    return all.toByteArray();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            ReceiptPrinter.network("127.0.0.1", printer.getLocalPort(), Duration.ofSeconds(2)).print(receipt);
            // the paper sensor's question first (this printer does not answer it), then the receipt
            byte[] expected = new byte[3 + receipt.length];
            System.arraycopy(ReceiptPrinter.PAPER_STATUS, 0, expected, 0, 3);
            System.arraycopy(receipt, 0, expected, 3, receipt.length);
            assertThat(received.get(5, TimeUnit.SECONDS)).isEqualTo(expected);
        }
    }

    @Test
    void aPrinterOutOfPaperGetsNothingAndTheCashierIsToldToPutInARoll() throws Exception {
        byte[] receipt = new EscPos().initialize().line("Tea 2.50").cut(3).bytes();
        try (ServerSocket printer = new ServerSocket(0)) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
                try (Socket connection = printer.accept(); InputStream in = connection.getInputStream()) {
                    byte[] question = in.readNBytes(3);
                    // paper end: bits 5 and 6 set, with the fixed bits 1 and 4 (0x12)
                    connection.getOutputStream().write(0x72);
                    connection.getOutputStream().flush();
                    ByteArrayOutputStream rest = new ByteArrayOutputStream();
                    rest.writeBytes(question);
                    in.transferTo(rest);
                    return rest.toByteArray();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            ReceiptPrinter network = ReceiptPrinter.network("127.0.0.1", printer.getLocalPort(), Duration.ofSeconds(2));

            assertThatThrownBy(() -> network.print(receipt)).isInstanceOf(ReceiptPrinter.PrinterUnavailable.class)
                    .hasMessageEndingWith("is out of paper: put in a new roll.")
                    .satisfies(e -> assertThat(((ReceiptPrinter.PrinterUnavailable) e).reason().key())
                            .as("worded in the cashier's language by the till").isEqualTo("printer.noPaper"));
            assertThat(received.get(5, TimeUnit.SECONDS)).containsExactly(0x10, 0x04, 0x04);
        }
    }

    @Test
    void aNetworkPrinterThatIsOffGivesTheCashierAClearMessage() throws Exception {
        int closed;
        try (ServerSocket gone = new ServerSocket(0)) {
            closed = gone.getLocalPort();
        }
        assertThatThrownBy(() -> ReceiptPrinter.network("127.0.0.1", closed, Duration.ofSeconds(1)).print(new byte[] {1}))
                .isInstanceOf(ReceiptPrinter.PrinterUnavailable.class)
                .hasMessageStartingWith("The printer at 127.0.0.1:" + closed + " does not answer")
                // what to reprint from is the caller's to say (a sale's receipt or a shift's report)
                .hasMessageEndingWith("loaded with paper?");
    }

    @Test
    void aUsbPrintersDeviceFileGetsTheBytesAndAnUnpluggedOneIsSaid() throws Exception {
        Path lp = Files.createFile(dir.resolve("lp0"));
        byte[] receipt = new EscPos().line("Tea").kickDrawer().bytes();
        ReceiptPrinter.device(lp).print(receipt);
        assertThat(Files.readAllBytes(lp)).isEqualTo(receipt);

        assertThatThrownBy(() -> ReceiptPrinter.device(dir.resolve("lp1")).print(receipt))
                .isInstanceOf(ReceiptPrinter.PrinterUnavailable.class)
                .hasMessageContaining("is it plugged in and switched on?");
    }

    @Test
    // before the deadline the write hung for ever, uninterruptibly: the timeout runs the test on a thread of its own
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aUsbPrinterThatTakesNothingIsGivenUpAfterTheDeadlineAndPrintsNothingLater() throws Exception {
        // a FIFO nobody reads: the open blocks, as a device file can for a printer that is off or jammed
        Path lp = fifo("lp-off");
        byte[] receipt = new EscPos().initialize().line("Tea 2.50").cut(3).bytes();
        ReceiptPrinter printer = ReceiptPrinter.device(lp, Duration.ofMillis(300));

        long started = System.nanoTime();
        assertThatThrownBy(() -> printer.print(receipt)).isInstanceOf(ReceiptPrinter.PrinterUnavailable.class)
                .hasMessage("The printer at " + lp + " does not take the receipt: is it switched on, its lid closed,"
                        + " the paper loaded and not jammed?")
                .satisfies(e -> assertThat(((ReceiptPrinter.PrinterUnavailable) e).reason().key())
                        .isEqualTo("printer.stalled"));
        // not a speed check: without the deadline the write never returns
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        // while the first write still hangs, the next receipt is refused at once, not stacked behind it
        started = System.nanoTime();
        assertThatThrownBy(() -> printer.print(receipt)).isInstanceOf(ReceiptPrinter.PrinterUnavailable.class)
                .hasMessageContaining("does not take the receipt");
        // not a speed check: a receipt stacked behind the hung write would wait for ever
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        // the printer comes back: the receipt the cashier was told about does not come out by surprise
        try (InputStream in = Files.newInputStream(lp)) {
            assertThat(in.readAllBytes()).isEmpty();
        }
        // and the next one prints
        CompletableFuture<byte[]> read = readAll(lp);
        waitUntilHangingWriteEnded(printer, receipt);
        assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo(receipt);
    }

    @Test
    // before the deadline the write hung for ever, uninterruptibly: the timeout runs the test on a thread of its own
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aUsbWriteBlockedHalfWayIsCutOffAtTheDeadline() throws Exception {
        // the reader opens the FIFO but takes nothing: the write blocks once the pipe's 64 KiB are full
        Path lp = fifo("lp-jammed");
        byte[] big = new byte[1 << 20];
        CompletableFuture<InputStream> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.newInputStream(lp);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long started = System.nanoTime();
        assertThatThrownBy(() -> ReceiptPrinter.device(lp, Duration.ofMillis(300)).print(big))
                .isInstanceOf(ReceiptPrinter.PrinterUnavailable.class)
                .satisfies(e -> assertThat(((ReceiptPrinter.PrinterUnavailable) e).reason().key())
                        .isEqualTo("printer.stalled"));
        // not a speed check: without the deadline the write never returns
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        try (InputStream in = reader.get(5, TimeUnit.SECONDS)) {
            // the write was closed: the reader sees the end, with part of the bytes at most
            assertThat(in.readAllBytes().length).isLessThan(big.length);
        }
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        return fifo;
    }

    private static CompletableFuture<byte[]> readAll(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return in.readAllBytes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Prints once the write given up before has ended (its thread saw the device open and closed it). */
    private static void waitUntilHangingWriteEnded(ReceiptPrinter printer, byte[] receipt) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            try {
                printer.print(receipt);
                return;
            } catch (ReceiptPrinter.PrinterUnavailable stillHanging) {
                if (System.nanoTime() > until) {
                    throw stillHanging;
                }
                Thread.sleep(20);
            }
        }
    }
}
