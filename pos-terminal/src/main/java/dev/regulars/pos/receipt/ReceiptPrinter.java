package dev.regulars.pos.receipt;

import dev.regulars.core.words.KeyedRefusal;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where ESC/POS bytes go: a network printer's raw port (TCP 9100, the "JetDirect" port thermal printers listen on)
 * or a USB printer's device file (/dev/usb/lp0 on Linux). Sending never blocks the till for long: a printer that
 * is off, unplugged or out of reach is a {@link PrinterUnavailable} with words for the cashier; the sale is in the
 * journal already and can be printed again.
 */
public interface ReceiptPrinter {

    /**
     * Sends the bytes of one receipt.
     *
     * @throws PrinterUnavailable when the printer cannot be reached or stops taking data
     */
    void print(byte[] escPos);

    /** DLE EOT 4: the roll paper sensor's status, answered at once even while the printer is busy. */
    byte[] PAPER_STATUS = {0x10, 0x04, 0x04};
    /** In the answer to DLE EOT 4, bits 5 and 6: the roll is at its end. */
    int PAPER_END = 0x60;

    /**
     * A printer on the network: host and port (9100 by default), with a short connect and write timeout. Before the
     * receipt it asks the paper sensor (DLE EOT 4, Epson ESC/POS real-time status): a printer out of paper gets
     * nothing and the cashier is told; a printer that does not answer the question within half a second is sent
     * the receipt anyway.
     */
    static ReceiptPrinter network(String host, int port, Duration timeout) {
        return bytes -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
                OutputStream out = socket.getOutputStream();
                out.write(PAPER_STATUS);
                out.flush();
                socket.setSoTimeout(500);
                try {
                    int status = socket.getInputStream().read();
                    if (status >= 0 && (status & PAPER_END) == PAPER_END) {
                        throw new PrinterUnavailable("The printer at " + host + ":" + port + " is out of paper: put"
                                + " in a new roll.", null,
                                "printer.noPaper", host + ":" + port);
                    }
                } catch (java.net.SocketTimeoutException noAnswer) {
                    // not every printer answers real-time status: it gets the receipt all the same
                }
                socket.setSoTimeout((int) timeout.toMillis());
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                throw new PrinterUnavailable("The printer at " + host + ":" + port + " does not answer: is it on,"
                        + " connected to the network and loaded with paper?", e, "printer.noAnswer", host + ":" + port);
            }
        };
    }

    /** How long a USB printer gets to take a receipt before the cashier is told (a receipt is a few kB). */
    Duration DEVICE_DEADLINE = Duration.ofSeconds(8);

    /** A USB printer through its device file, e.g. /dev/usb/lp0 (the till's user needs write access). */
    static ReceiptPrinter device(Path file) {
        return device(file, DEVICE_DEADLINE);
    }

    /**
     * A USB printer through its device file, written within {@code deadline}: a printer that is off, jammed or out of
     * paper can block a write to its device file for ever, so the write runs on a thread of its own and the cashier
     * is told when it does not finish in time (see {@link DeviceWrite}).
     */
    static ReceiptPrinter device(Path file, Duration deadline) {
        return bytes -> {
            if (!Files.exists(file)) {
                throw new PrinterUnavailable("There is no printer at " + file + ": is it plugged in and switched on?",
                        null, "printer.missing", file.toString());
            }
            DeviceWrite.send(file, bytes, deadline);
        };
    }

    /**
     * The printer could not be reached; the message is for the cashier, in English, and {@link #reason()} the same
     * with a key for a till that words it in the cashier's language.
     */
    final class PrinterUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String key;
        private final transient Object[] args;

        public PrinterUnavailable(String message, Throwable cause) {
            this(message, cause, null);
        }

        /** @param key names the reason ("printer.noAnswer", ...); {@code args} the values its words name */
        public PrinterUnavailable(String message, Throwable cause, String key, Object... args) {
            super(message, cause);
            this.key = key;
            this.args = args.clone();
        }

        /** Why, as a refusal a person reads. */
        public KeyedRefusal reason() {
            return new KeyedRefusal(getMessage(), key, args);
        }
    }
}
