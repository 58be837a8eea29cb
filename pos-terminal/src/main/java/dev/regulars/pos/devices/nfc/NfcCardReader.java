package dev.regulars.pos.devices.nfc;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Reads customers' NFC cards on every PC/SC reader of the till, on a daemon thread of its own: each card presented
 * is read once (not again while it lies on the reader; again after it was lifted and put back), by the UID the
 * reader gives for GET DATA {@code FF CA 00 00 00} ({@link UidReader}).
 * <p>
 * Readers may come and go: the list of readers is looked at again at least every {@code poll} (1 s by default), so a
 * reader unplugged and plugged back in works again without restarting the till, and no reader, or no PC/SC service,
 * is a {@link NfcReaderStatus.Kind#NO_READER} status, looked at again every {@code poll}, never an error thrown or a
 * busy loop. Between looks the thread waits in {@code CardTerminals.waitForChange}, so a tap is read at once.
 * Logs never hold a whole card number (DESIGN, invariant 6): {@link NfcTap#masked()}.
 * <p>
 * Use: {@code reader = NfcCardReader.system(); reader.start(taps, statuses); ... reader.close();}. Both listeners
 * are called on the reader's thread (a JavaFX screen passes what they get to {@code Platform.runLater}); an
 * exception a listener throws is logged and does not stop the reader.
 */
public final class NfcCardReader implements AutoCloseable {

    public static final Duration DEFAULT_POLL = Duration.ofSeconds(1);
    /** How much longer than a poll close() waits for the thread: a provider may overrun its wait a little. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private final PcscService pcsc;
    private final Duration poll;
    private final CountDownLatch closing = new CountDownLatch(1);
    private Thread thread;

    /**
     * @param pcsc where the readers come from: {@link SystemPcsc} at a till
     * @param poll the longest wait before the readers are listed again, and the pause before the service or a reader
     *             is looked for again when there is none; positive
     */
    public NfcCardReader(PcscService pcsc, Duration poll) {
        this.pcsc = Objects.requireNonNull(pcsc);
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("poll must be positive: " + poll);
        }
        this.poll = poll;
    }

    /** The till's readers through the computer's PC/SC service (pcscd), looked at every second. */
    public static NfcCardReader system() {
        return new NfcCardReader(new SystemPcsc(), DEFAULT_POLL);
    }

    /**
     * Starts watching the readers. The first status follows at once (or as soon as the service answers).
     *
     * @param taps     gets each card presented, once
     * @param statuses gets what the readers are doing whenever that changes
     * @throws IllegalStateException when started before, or closed
     */
    public synchronized void start(Consumer<NfcTap> taps, Consumer<NfcReaderStatus> statuses) {
        Objects.requireNonNull(taps);
        Objects.requireNonNull(statuses);
        if (thread != null || closing.getCount() == 0) {
            throw new IllegalStateException("An NfcCardReader starts once");
        }
        ReaderWatch watch = new ReaderWatch(pcsc, poll, closing, taps, statuses);
        thread = new Thread(watch::run, "nfc-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the reader's thread is running. */
    public synchronized boolean isRunning() {
        return thread != null && thread.isAlive();
    }

    /**
     * Stops the thread and waits for it to end: within about one {@code poll}, the longest a provider blocks in
     * {@code waitForChange}. No listener is called after this returns (unless it was called from a listener).
     */
    @Override
    public void close() {
        closing.countDown();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running == null || running == Thread.currentThread()) {
            return;
        }
        try {
            running.join(poll.plus(CLOSE_GRACE).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
