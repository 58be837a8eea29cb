package dev.regulars.pos.devices.nfc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Collects what an {@link NfcCardReader} hands its listeners, for a test to wait on. */
final class TapRecorder {

    private final BlockingQueue<NfcTap> taps = new LinkedBlockingQueue<>();
    private final BlockingQueue<NfcReaderStatus> statuses = new LinkedBlockingQueue<>();
    private final List<NfcReaderStatus> allStatuses = new ArrayList<>();
    private final Duration patience;

    TapRecorder(Duration patience) {
        this.patience = patience;
    }

    void start(NfcCardReader reader) {
        reader.start(taps::add, status -> {
            synchronized (allStatuses) {
                allStatuses.add(status);
            }
            statuses.add(status);
        });
    }

    NfcTap nextTap() throws InterruptedException {
        NfcTap tap = taps.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
        if (tap == null) {
            fail("No NFC tap within " + patience + "; statuses: " + allStatuses());
        }
        return tap;
    }

    void assertNoTapWithin(Duration quiet) throws InterruptedException {
        assertThat(taps.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)).as("a tap read again").isNull();
    }

    /** The next status of this kind, skipping others reported before it. */
    NfcReaderStatus awaitStatus(NfcReaderStatus.Kind kind) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            NfcReaderStatus status = statuses.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (status != null && status.kind() == kind) {
                return status;
            }
        }
        return fail("No " + kind + " status within " + patience + "; statuses: " + allStatuses());
    }

    List<NfcReaderStatus> allStatuses() {
        synchronized (allStatuses) {
            return List.copyOf(allStatuses);
        }
    }
}
