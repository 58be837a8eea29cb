package dev.regulars.core.expiry;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replays a ledger into lots, the way {@link PointExpiry} describes. */
final class LotReplay {

    static final class Lot {
        final Instant earnedAt;
        final Instant expiresAt; // null: never
        final Instant validUntil; // the lot's own validity, or null
        final String key;
        long left;

        Lot(Instant earnedAt, Instant expiresAt, Instant validUntil, String key, long left) {
            this.earnedAt = earnedAt;
            this.expiresAt = expiresAt;
            this.validUntil = validUntil;
            this.key = key;
            this.left = left;
        }

        boolean expiredBy(Instant at) {
            return expiresAt != null && !expiresAt.isAfter(at);
        }

        Lot part(long points) {
            return new Lot(earnedAt, expiresAt, validUntil, key, points);
        }
    }

    /** Soonest expiry first, never-expiring last; among equals the oldest first (lots are added in time order). */
    private static final Comparator<Lot> SPENT_FIRST = Comparator.comparing((Lot l) -> l.expiresAt,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final int months;
    private final ZoneId zone;
    private final List<Lot> lots = new ArrayList<>(); // kept sorted by SPENT_FIRST
    private final List<Lot> expired = new ArrayList<>();
    private long expiredNotPosted;
    private long debt; // points spent beyond the lots (an offline overdraft), paid by the next lots
    private final java.util.Map<String, Long> expiredByKey = new java.util.HashMap<>();
    // what each remembered spending used: lot parts, and (as a lot with no date) expired points not yet written off
    private final java.util.Map<String, java.util.Deque<Lot>> spent = new java.util.HashMap<>();

    private LotReplay(int months, ZoneId zone) {
        this.months = months;
        this.zone = zone;
    }

    static LotReplay of(List<PointExpiry.Movement> movements, int months, ZoneId zone, Instant asOf) {
        LotReplay replay = new LotReplay(months, zone);
        movements.forEach(replay::apply);
        replay.expireUntil(asOf);
        return replay;
    }

    long expiredNotPosted() {
        return expiredNotPosted;
    }

    long debt() {
        return debt;
    }

    long expiredOf(String key) {
        return expiredByKey.getOrDefault(key, 0L);
    }

    List<Lot> lotsInTimeOrder() {
        List<Lot> inTime = new ArrayList<>(lots);
        inTime.sort(Comparator.comparing(l -> l.earnedAt));
        if (expiredNotPosted < 0) {
            // more was written off than the lots say expired (the program's months grew): the live lots are that
            // much smaller, soonest expiring first
            long over = -expiredNotPosted;
            List<Lot> sorted = new ArrayList<>(lots);
            for (Lot lot : sorted) {
                long used = Math.min(lot.left, over);
                over -= used;
                inTime.set(inTime.indexOf(lot), lot.part(lot.left - used));
            }
            inTime.removeIf(l -> l.left == 0);
        }
        return inTime;
    }

    /** The most recent expired lots, as much of them as is still to be written off. */
    List<Lot> expiredNotPostedLots() {
        List<Lot> behind = new ArrayList<>();
        long remaining = expiredNotPosted;
        for (int i = expired.size() - 1; i >= 0 && remaining > 0; i--) {
            Lot lot = expired.get(i);
            long part = Math.min(lot.left, remaining);
            behind.add(0, lot.part(part));
            remaining -= part;
        }
        return behind;
    }

    private void apply(PointExpiry.Movement m) {
        expireUntil(m.at());
        if (m.expiry()) {
            expiredNotPosted += m.points(); // negative: settles what expired before
        } else if (m.points() > 0) {
            long left = m.spending() == null ? m.points() : giveBack(m.spending(), m.points(), m.at());
            if (left > 0) {
                earn(m, left);
            }
        } else {
            use(-m.points(), m.lot(), m.spending() == null ? null
                    : spent.computeIfAbsent(m.spending(), k -> new java.util.ArrayDeque<>()));
        }
    }

    /** Returns points of a remembered spending to where they came from; what it cannot place is returned. */
    private long giveBack(String spending, long points, Instant at) {
        java.util.Deque<Lot> parts = spent.getOrDefault(spending, new java.util.ArrayDeque<>());
        while (points > 0 && !parts.isEmpty()) {
            Lot part = parts.pop();
            long back = Math.min(part.left, points);
            points -= back;
            if (back < part.left) {
                parts.push(part.part(part.left - back));
            }
            if (part.earnedAt == null) {
                expiredNotPosted += back; // they had expired already when they were spent
            } else if (part.expiredBy(at)) {
                expired.add(part.part(back));
                expiredNotPosted += back;
                if (part.key != null) {
                    expiredByKey.merge(part.key, back, Long::sum);
                }
            } else {
                add(part.part(back));
            }
        }
        return points;
    }

    private void earn(PointExpiry.Movement m, long points) {
        long paid = Math.min(points, debt);
        debt -= paid;
        points -= paid;
        if (points > 0) {
            Instant byProgram = months <= 0 ? null : m.at().atZone(zone).plusMonths(months).toInstant();
            Instant expires = m.validUntil() == null ? byProgram
                    : byProgram == null || m.validUntil().isBefore(byProgram) ? m.validUntil() : byProgram;
            add(new Lot(m.at(), expires, m.validUntil(), m.lot(), points));
        }
    }

    /** @param usedFrom where to remember what was used, newest first, or null */
    private void use(long toUse, String fromLot, java.util.Deque<Lot> usedFrom) {
        if (fromLot != null) {
            // a refund takes back what its sale earned from that sale's own lot, as far as it is still there
            for (int i = 0; i < lots.size() && toUse > 0; i++) {
                Lot own = lots.get(i);
                if (fromLot.equals(own.key)) {
                    long used = Math.min(own.left, toUse);
                    remember(usedFrom, own, used);
                    own.left -= used;
                    toUse -= used;
                    if (own.left == 0) {
                        lots.remove(i--);
                    }
                }
            }
        }
        // points that expired but whose expiry was not posted yet were still in the balance the customer was
        // shown: they are used first, so expiry never takes more than the balance
        long fromExpired = Math.min(toUse, Math.max(0, expiredNotPosted));
        expiredNotPosted -= fromExpired;
        toUse -= fromExpired;
        if (fromExpired > 0 && usedFrom != null) {
            usedFrom.push(new Lot(null, null, null, null, fromExpired));
        }
        while (toUse > 0 && !lots.isEmpty()) {
            Lot first = lots.get(0);
            long used = Math.min(first.left, toUse);
            remember(usedFrom, first, used);
            first.left -= used;
            toUse -= used;
            if (first.left == 0) {
                lots.remove(0);
            }
        }
        debt += toUse;
    }

    private static void remember(java.util.Deque<Lot> usedFrom, Lot lot, long used) {
        if (usedFrom != null && used > 0) {
            usedFrom.push(lot.part(used));
        }
    }

    /** Inserts after every lot that is spent before it or at the same time: stable, so equals stay in time order. */
    private void add(Lot lot) {
        int i = lots.size();
        while (i > 0 && SPENT_FIRST.compare(lots.get(i - 1), lot) > 0) {
            i--;
        }
        lots.add(i, lot);
    }

    private void expireUntil(Instant at) {
        while (!lots.isEmpty() && lots.get(0).expiredBy(at)) {
            Lot lot = lots.remove(0);
            if (lot.left > 0) {
                expired.add(lot.part(lot.left));
                expiredNotPosted += lot.left;
                if (lot.key != null) {
                    expiredByKey.merge(lot.key, lot.left, Long::sum);
                }
            }
        }
    }
}
