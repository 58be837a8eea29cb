package dev.regulars.server.campaigns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a campaign occurrence's outcome is measured (CampaignOutcomes): as soon as it has started and has not been
 * measured, again every {@link #EVERY} while its window ({@code days} days after its start) is open, and a last time
 * once the window has closed and {@link #SETTLE} has passed (sales rung up offline in the window's last minutes have
 * time to arrive); that measure is final and never repeated, unless a rebuild sets it back to not final.
 */
public final class OutcomeSchedule {

    /** How often an open window is measured again. */
    public static final Duration EVERY = Duration.ofHours(1);
    /** How long after the window closes the final measure waits for late sales. */
    public static final Duration SETTLE = Duration.ofHours(1);

    private final Clock clock;
    private final int days;

    /** @param days the window, days of 24 hours after the occurrence started (CampaignReport.UPLIFT_DAYS) */
    public OutcomeSchedule(Clock clock, int days) {
        this.clock = clock;
        this.days = days;
    }

    /**
     * @param startedAt  when the occurrence started
     * @param measuredAt its last measure, null when never measured
     * @param isFinal    whether that measure was final
     * @return whether it is to be measured now
     */
    public boolean due(Instant startedAt, Instant measuredAt, boolean isFinal) {
        Instant now = clock.instant();
        if (isFinal || now.isBefore(startedAt)) {
            return false;
        }
        return measuredAt == null || !now.isBefore(settled(startedAt)) || !now.isBefore(measuredAt.plus(EVERY));
    }

    /** Whether a measure taken now is the final one: the window closed and settled. */
    public boolean finalNow(Instant startedAt) {
        return !clock.instant().isBefore(settled(startedAt));
    }

    private Instant settled(Instant startedAt) {
        return startedAt.plus(Duration.ofDays(days)).plus(SETTLE);
    }
}
