package dev.regulars.pos.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Syncs on a fixed period and right after each sale, on one background thread, so the cashier never waits for
 * the network. Each round's result (or failure) goes to {@code listener}.
 */
public final class BackgroundSync implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BackgroundSync.class.getName());

    private final TillSync sync;
    private final Consumer<SyncResult> listener;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "till-sync");
        thread.setDaemon(true);
        return thread;
    });

    /** A round's report, or the reason it failed. */
    public record SyncResult(SyncReport report, SyncException failure) {
    }

    public BackgroundSync(TillSync sync, Consumer<SyncResult> listener) {
        this.sync = sync;
        this.listener = listener;
    }

    public void start(Duration period) {
        start(period, Duration.ZERO);
    }

    /** The same with the first round after {@code first}. */
    public void start(Duration period, Duration first) {
        executor.scheduleWithFixedDelay(this::round, first.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void requestNow() {
        executor.execute(this::round);
    }

    private void round() {
        try {
            listener.accept(new SyncResult(sync.syncOnce(), null));
        } catch (SyncException e) {
            listener.accept(new SyncResult(null, e));
        } catch (RuntimeException e) {
            // a bug must not stop the schedule: the next round tries again
            LOG.log(Level.SEVERE, "sync round failed", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
