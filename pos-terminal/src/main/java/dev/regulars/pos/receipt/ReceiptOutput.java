package dev.regulars.pos.receipt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where a journalled sale's receipt goes: the receipt printer (ESC/POS), if the till has one, and the PDF archive
 * under the till's data folder ({@code receipts/yyyy-MM-dd/000123.pdf}), from which a receipt can be e-mailed or
 * looked up. Called after the sale is in the journal: nothing here can lose a sale.
 */
public final class ReceiptOutput {

    private static final Logger LOG = Logger.getLogger(ReceiptOutput.class.getName());

    private final ReceiptPrinter printer;
    private final PrinterProfile profile;
    private final Path archive;

    /**
     * @param printer null when the till has no receipt printer
     * @param archive the PDF archive folder; null for none
     */
    public ReceiptOutput(ReceiptPrinter printer, PrinterProfile profile, Path archive) {
        this.printer = printer;
        this.profile = profile;
        this.archive = archive;
    }

    /**
     * The printer a till's setting names: {@code tcp://HOST[:PORT]} (port 9100 by default) or a device file such
     * as {@code /dev/usb/lp0}; null or blank for none.
     *
     * @throws IllegalArgumentException for a setting that is neither
     */
    public static ReceiptPrinter printerAt(String setting) {
        if (setting == null || setting.isBlank()) {
            return null;
        }
        if (setting.startsWith("tcp://")) {
            String hostPort = setting.substring("tcp://".length());
            int colon = hostPort.lastIndexOf(':');
            String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            int port = colon < 0 ? 9100 : port(hostPort.substring(colon + 1), setting);
            if (host.isBlank()) {
                throw new IllegalArgumentException("A network printer is tcp://HOST[:PORT], such as"
                        + " tcp://192.168.1.50:9100; " + setting + " names no host");
            }
            return ReceiptPrinter.network(host, port, Duration.ofSeconds(3));
        }
        if (setting.startsWith("/")) {
            return ReceiptPrinter.device(Path.of(setting));
        }
        throw new IllegalArgumentException("A printer is tcp://HOST[:PORT] or a device file such as /dev/usb/lp0,"
                + " not " + setting);
    }

    private static int port(String typed, String setting) {
        try {
            int port = Integer.parseInt(typed);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("A network printer's port is a number from 1 to 65535 (9100 for most),"
                + " not \"" + typed + "\" in " + setting);
    }

    /** Characters a line of this till's paper holds (32 on 58 mm, 48 on 80 mm): the on-screen preview's width. */
    public int columns() {
        return profile.columns();
    }

    /** What became of a receipt. */
    public sealed interface Outcome {
    }

    public record Printed() implements Outcome {
    }

    public record NoPrinter() implements Outcome {
    }

    /** @param reason for the cashier: English words, and a key to word them in the cashier's language */
    public record NotPrinted(dev.regulars.core.words.KeyedRefusal reason) implements Outcome {

        /** The reason in English. */
        public String message() {
            return reason.getMessage();
        }
    }

    /**
     * Prints and archives a receipt.
     *
     * @param openDrawer kick the cash drawer (cash was taken or given back)
     */
    public Outcome print(Receipt receipt, boolean openDrawer) {
        archive(receipt);
        return send(() -> EscPosReceipt.render(receipt, profile, openDrawer));
    }

    /** Prints a laid-out slip (an X report); reports are journalled, not archived as PDF. */
    public Outcome print(java.util.List<ReceiptRow> rows, java.util.Locale locale) {
        return print(rows, locale, false);
    }

    /**
     * Prints a laid-out slip (an X or Z report).
     *
     * @param openDrawer kick the cash drawer first (the Z report: the drawer is counted)
     */
    public Outcome print(java.util.List<ReceiptRow> rows, java.util.Locale locale, boolean openDrawer) {
        return send(() -> EscPosReceipt.render(rows, locale, profile, openDrawer));
    }

    /**
     * Opens the cash drawer, which hangs on the receipt printer's drawer port, printing nothing: {@link Printed}
     * when the printer took the kick, {@link NoPrinter} on a till without one (the drawer opens with its key).
     */
    public Outcome openDrawer() {
        return send(EscPosReceipt::drawerKick);
    }

    private Outcome send(java.util.function.Supplier<byte[]> bytes) {
        if (printer == null) {
            return new NoPrinter();
        }
        try {
            printer.print(bytes.get());
            return new Printed();
        } catch (ReceiptPrinter.PrinterUnavailable e) {
            return new NotPrinted(e.reason());
        }
    }

    private void archive(Receipt receipt) {
        if (archive == null || receipt.copy()) {
            return;
        }
        try {
            Path day = archive.resolve(DateTimeFormatter.ISO_LOCAL_DATE.format(receipt.issuedAt()));
            Files.createDirectories(day);
            String name = (receipt.kind() == Receipt.Kind.REFUND ? "refund-" : "") + receipt.number() + ".pdf";
            Files.write(day.resolve(name), PdfReceipt.render(receipt));
        } catch (IOException | RuntimeException e) {
            // the sale is in the journal; a missing PDF can be made again from it
            LOG.log(Level.WARNING, "receipt " + receipt.number() + " was not archived as PDF", e);
        }
    }
}
