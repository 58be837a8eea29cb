package dev.regulars.core.expiry;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Points expire a number of months after they were earned, first in first out: every positive movement is a lot,
 * every negative one (a redemption, a refund taking points back) uses the points that expire first among those
 * still in the balance at that moment: first any that expired but were not written off yet (the customer still saw
 * them), then the lot that expires soonest, which is the oldest unless a lot came with a shorter validity of its
 * own (a birthday bonus). What is left of a lot when its time comes expires. EXPIRY movements already in the ledger
 * settle what expired before, so running this again after posting its answer gives nothing more to expire.
 */
public final class PointExpiry {

    private PointExpiry() {
    }

    /**
     * A movement of the ledger.
     *
     * @param expiry     an EXPIRY entry posted earlier (negative)
     * @param validUntil for a lot valid for less than the program's months (a birthday bonus), when it ends; else null
     */
    public record Movement(Instant at, long points, boolean expiry, Instant validUntil) {

        public Movement(Instant at, long points, boolean expiry) {
            this(at, points, expiry, null);
        }
    }

    /** A lot (or what was left of it) that expired. */
    public record ExpiredLot(Instant earnedAt, Instant expiredAt, long points) {
    }

    /** What to post now: the total, and the lots it comes from (for the history's note). */
    public record Due(long points, List<ExpiredLot> lots) {
    }

    private static final class Lot {
        final Instant earnedAt;
        final Instant expiresAt; // null: never
        long left;

        Lot(Instant earnedAt, Instant expiresAt, long left) {
            this.earnedAt = earnedAt;
            this.expiresAt = expiresAt;
            this.left = left;
        }

        boolean expiredBy(Instant at) {
            return expiresAt != null && !expiresAt.isAfter(at);
        }
    }

    /** Soonest expiry first, never-expiring last; among equals the oldest first (lots are added in time order). */
    private static final Comparator<Lot> SPENT_FIRST = Comparator.comparing((Lot l) -> l.expiresAt,
            Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * @param movements in ledger order (time, then id)
     * @param months    the program's expiry (0: points never expire)
     * @param zone      the store's zone: "12 months after" is a calendar date there
     */
    public static Due dueAt(List<Movement> movements, int months, Instant asOf, ZoneId zone) {
        List<Lot> lots = new ArrayList<>(); // kept sorted by SPENT_FIRST
        List<ExpiredLot> expired = new ArrayList<>();
        long expiredNotPosted = 0;
        long debt = 0; // points spent beyond the lots (an offline overdraft), paid by the next lots
        for (Movement m : movements) {
            expiredNotPosted += expireUntil(lots, m.at(), expired);
            if (m.expiry()) {
                expiredNotPosted += m.points(); // negative: settles what expired before
                continue;
            }
            if (m.points() > 0) {
                long points = m.points();
                long paid = Math.min(points, debt);
                debt -= paid;
                points -= paid;
                if (points > 0) {
                    Instant byProgram = months <= 0 ? null : m.at().atZone(zone).plusMonths(months).toInstant();
                    Instant expires = m.validUntil() == null ? byProgram
                            : byProgram == null || m.validUntil().isBefore(byProgram) ? m.validUntil() : byProgram;
                    add(lots, new Lot(m.at(), expires, points));
                }
            } else {
                long toUse = -m.points();
                // points that expired but whose expiry was not posted yet were still in the balance the customer
                // was shown: they are used first, so expiry never takes more than the balance
                long fromExpired = Math.min(toUse, Math.max(0, expiredNotPosted));
                expiredNotPosted -= fromExpired;
                toUse -= fromExpired;
                while (toUse > 0 && !lots.isEmpty()) {
                    Lot first = lots.get(0);
                    long used = Math.min(first.left, toUse);
                    first.left -= used;
                    toUse -= used;
                    if (first.left == 0) {
                        lots.remove(0);
                    }
                }
                debt += toUse;
            }
        }
        expiredNotPosted += expireUntil(lots, asOf, expired);
        if (expiredNotPosted <= 0) {
            return new Due(0, List.of());
        }
        // the lots behind the amount still to post are the most recent ones that expired
        List<ExpiredLot> behind = new ArrayList<>();
        long remaining = expiredNotPosted;
        for (int i = expired.size() - 1; i >= 0 && remaining > 0; i--) {
            ExpiredLot lot = expired.get(i);
            long part = Math.min(lot.points(), remaining);
            behind.add(0, new ExpiredLot(lot.earnedAt(), lot.expiredAt(), part));
            remaining -= part;
        }
        return new Due(expiredNotPosted, behind);
    }

    /** Inserts after every lot that is spent before it or at the same time: stable, so equals stay in time order. */
    private static void add(List<Lot> lots, Lot lot) {
        int i = lots.size();
        while (i > 0 && SPENT_FIRST.compare(lots.get(i - 1), lot) > 0) {
            i--;
        }
        lots.add(i, lot);
    }

    private static long expireUntil(List<Lot> lots, Instant at, List<ExpiredLot> expired) {
        long total = 0;
        while (!lots.isEmpty() && lots.get(0).expiredBy(at)) {
            Lot lot = lots.remove(0);
            if (lot.left > 0) {
                expired.add(new ExpiredLot(lot.earnedAt, lot.expiresAt, lot.left));
                total += lot.left;
            }
        }
        return total;
    }
}
