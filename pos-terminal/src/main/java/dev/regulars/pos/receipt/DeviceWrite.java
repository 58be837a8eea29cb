package dev.regulars.pos.receipt;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One receipt written to a USB printer's device file with a deadline. The usblp driver blocks a write (and can
 * block the open) while the printer is off, jammed or out of paper, for as long as that lasts. So the bytes go
 * from a daemon thread; the caller waits at most the deadline and then gives up: the channel is closed, which
 * ends a write blocked in the kernel (Java's FileChannel signals the blocked thread), and a write still waiting
 * for the device to open sends nothing once it opens, so a receipt the cashier was told did not print never comes
 * out later as a surprise (it is printed again from the journal). While such a write still hangs on a device, the
 * next receipt for it is refused at once instead of stacking another thread behind it.
 */
final class DeviceWrite {

    /** The writes that missed their deadline and have not ended yet, by device file. */
    private static final Map<Path, DeviceWrite> HANGING = new ConcurrentHashMap<>();

    private final Path file;
    private final byte[] bytes;
    private final CountDownLatch done = new CountDownLatch(1);
    private FileChannel channel;
    private boolean abandoned;
    private IOException failure;

    private DeviceWrite(Path file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
    }

    /**
     * Sends the bytes, or throws within about {@code deadline}.
     *
     * @throws ReceiptPrinter.PrinterUnavailable when the device refuses the bytes, does not take them in time, or
     *                                           still hangs on an earlier receipt
     */
    static void send(Path file, byte[] bytes, Duration deadline) {
        Path key = file.toAbsolutePath().normalize();
        DeviceWrite earlier = HANGING.get(key);
        if (earlier != null && earlier.done.getCount() > 0) {
            throw stalled(file);
        }
        DeviceWrite write = new DeviceWrite(file, bytes);
        Thread thread = new Thread(write::run, "receipt-printer " + file);
        thread.setDaemon(true);
        thread.start();
        boolean finished;
        try {
            finished = write.done.await(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished && write.abandon()) {
            HANGING.put(key, write);
            throw stalled(file);
        }
        if (write.failure != null) {
            throw new ReceiptPrinter.PrinterUnavailable("The printer at " + file + " does not take the receipt ("
                    + write.failure.getMessage() + ").",
                    write.failure, "printer.refused", file.toString(), String.valueOf(write.failure.getMessage()));
        }
    }

    private static ReceiptPrinter.PrinterUnavailable stalled(Path file) {
        return new ReceiptPrinter.PrinterUnavailable("The printer at " + file + " does not take the receipt: is it"
                + " switched on, its lid closed, the paper loaded and not jammed?", null, "printer.stalled", file.toString());
    }

    private void run() {
        try {
            FileChannel opened = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            synchronized (this) {
                if (abandoned) {
                    // the cashier was told it did not print: it must not come out now
                    opened.close();
                    return;
                }
                channel = opened;
            }
            try (opened) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    opened.write(buffer);
                }
            }
        } catch (IOException e) {
            synchronized (this) {
                if (!abandoned) {
                    failure = e;
                }
            }
        } finally {
            done.countDown();
        }
    }

    /** Gives the write up. @return false when it finished after all, just as the deadline passed */
    private boolean abandon() {
        FileChannel open;
        synchronized (this) {
            if (done.getCount() == 0) {
                return false;
            }
            abandoned = true;
            open = channel;
        }
        if (open != null) {
            try {
                // outside the lock: the close waits until the writing thread has left the blocked write
                open.close();
            } catch (IOException e) {
                // closing is all that can be done about a device that hangs
            }
        }
        return true;
    }
}
