package dev.regulars.wallet.google;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Gathers balance changes of Google Wallet cards and hands them out as few updates as can be, each telling the
 * phone only while the pass's notification quota allows: Google notifies for at most three updates or messages per
 * pass in 24 hours ("Trigger Push Notifications"), and an update past that is made silently (no
 * {@code notifyPreference}) so the card still shows the right balance.
 *
 * <p>{@link #offer} records a pass's latest balance (the latest wins). {@link #due} hands out each pass whose first
 * waiting change is {@code settle} old, so a burst of sales, or a sale and its refund, makes one update. A
 * notification counts from when it was handed out, whether or not the PATCH then succeeds, so the quota is never
 * overrun; a failed update is offered again by the caller. The state is in memory: with several server nodes, the
 * node that runs the Wallet outbox (under its lease) runs the coalescer. Thread-safe.
 */
public final class BalanceUpdateCoalescer {

    /** Notifications Google allows per pass in {@link #QUOTA_WINDOW}. */
    public static final int NOTIFICATIONS_PER_WINDOW = 3;
    /** The quota's window. */
    public static final Duration QUOTA_WINDOW = Duration.ofHours(24);

    private final Clock clock;
    private final Duration settle;
    private final Map<String, Waiting> waiting = new HashMap<>();
    private final Map<String, Deque<Instant>> notified = new HashMap<>();
    private Instant swept = Instant.MIN;

    /**
     * An update to make.
     *
     * @param objectId the loyalty object's id
     * @param points the balance to show
     * @param notifyPhone whether to ask Google to notify the phone
     */
    public record BalanceUpdate(String objectId, long points, boolean notifyPhone) {
    }

    private record Waiting(long points, Instant since) {
    }

    /**
     * @param settle how long a change waits for others to join it; zero hands each change out at the next
     *     {@link #due}
     */
    public BalanceUpdateCoalescer(Clock clock, Duration settle) {
        if (settle.isNegative()) {
            throw new IllegalArgumentException("settle is not negative");
        }
        this.clock = clock;
        this.settle = settle;
    }

    /** Records a pass's new balance; it replaces one still waiting, which keeps its place in time. */
    public synchronized void offer(String objectId, long points) {
        Instant now = clock.instant();
        waiting.merge(objectId, new Waiting(points, now), (old, latest) -> new Waiting(latest.points(), old.since()));
    }

    /** The updates now due, each pass once, with its latest balance; they stop waiting. */
    public synchronized List<BalanceUpdate> due() {
        Instant now = clock.instant();
        forgetOldNotifications(now);
        List<BalanceUpdate> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, Waiting>> it = waiting.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Waiting> entry = it.next();
            if (now.isBefore(entry.getValue().since().plus(settle))) {
                continue;
            }
            it.remove();
            out.add(new BalanceUpdate(entry.getKey(), entry.getValue().points(), takeNotification(entry.getKey(), now)));
        }
        return out;
    }

    /** How many passes have a change waiting. */
    public synchronized int waiting() {
        return waiting.size();
    }

    /** How many passes have notifications counted against their quota. */
    synchronized int passesWithinQuotaWindow() {
        return notified.size();
    }

    // once an hour, so the map holds only passes notified in the last day
    private void forgetOldNotifications(Instant now) {
        if (now.isBefore(swept.plus(Duration.ofHours(1)))) {
            return;
        }
        swept = now;
        notified.values().removeIf(sent -> !now.isBefore(sent.peekLast().plus(QUOTA_WINDOW)));
    }

    private boolean takeNotification(String objectId, Instant now) {
        Deque<Instant> sent = notified.computeIfAbsent(objectId, id -> new ArrayDeque<>());
        while (!sent.isEmpty() && !now.isBefore(sent.peekFirst().plus(QUOTA_WINDOW))) {
            sent.removeFirst();
        }
        boolean allowed = sent.size() < NOTIFICATIONS_PER_WINDOW;
        if (allowed) {
            sent.addLast(now);
        }
        return allowed;
    }
}
