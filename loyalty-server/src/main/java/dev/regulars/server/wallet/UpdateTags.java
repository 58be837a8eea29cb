package dev.regulars.server.wallet;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The update tag of a pass's new version (Apple's "passesUpdatedSince"): microseconds since the epoch, or one more
 * than the pass's last tag when the clock has not moved past it (two changes in one microsecond, a clock set back),
 * so a pass's tags only grow and "changed since" is "tag greater than" (wallet-passes' PassUpdates).
 */
public final class UpdateTags {

    private UpdateTags() {
    }

    /** The tag after {@code last} at {@code now}. */
    public static long next(long last, Instant now) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, now);
        return Math.max(last + 1, micros);
    }
}
