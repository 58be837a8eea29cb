package dev.regulars.core.expiry;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Points expire a number of months after they were earned, first in first out: every positive movement is a lot,
 * every negative one (a redemption, a refund taking points back) uses the points that expire first among those
 * still in the balance at that moment: first any that expired but were not written off yet (the customer still saw
 * them), then the lot that expires soonest, which is the oldest unless a lot came with a shorter validity of its
 * own (a birthday bonus). A refund taking back what a sale earned takes it from that sale's own lot first (the
 * movement names the lot), so refunding a recent sale does not eat into older points. What is left of a lot when
 * its time comes expires. EXPIRY movements already in the ledger settle what expired before, so running this again
 * after posting its answer gives nothing more to expire.
 */
public final class PointExpiry {

    private PointExpiry() {
    }

    /**
     * A movement of the ledger.
     *
     * @param at         when the points count from: the sale's time at the till for what a sale earned
     * @param expiry     an EXPIRY entry posted earlier (negative)
     * @param validUntil for a lot valid for less than the program's months (a birthday bonus), when it ends; else null
     * @param lot        for a positive movement, the key of the lot it makes (the sale that earned it), or null; for
     *                   a negative one, the lot it takes back from first (a refund of that sale), or null
     * @param spending   for a negative movement, a key under which what it used is remembered (a sale's
     *                   redemption); for a positive one, the spending it gives back (points returned when that sale
     *                   was abandoned or refunded): they return to the lots they came from, with their dates, so
     *                   giving points back never makes them younger. Null for neither.
     */
    public record Movement(Instant at, long points, boolean expiry, Instant validUntil, String lot, String spending) {

        public Movement(Instant at, long points, boolean expiry) {
            this(at, points, expiry, null, null, null);
        }

        public Movement(Instant at, long points, boolean expiry, Instant validUntil) {
            this(at, points, expiry, validUntil, null, null);
        }

        public Movement(Instant at, long points, boolean expiry, Instant validUntil, String lot) {
            this(at, points, expiry, validUntil, lot, null);
        }
    }

    /** A lot (or what was left of it) that expired. */
    public record ExpiredLot(Instant earnedAt, Instant expiredAt, long points) {
    }

    /** What to post now: the total, and the lots it comes from (for the history's note). */
    public record Due(long points, List<ExpiredLot> lots) {
    }

    /**
     * Points in a balance with the date they count from: what a merge moves to the record that stays, so merging
     * never makes old points younger.
     *
     * @param validUntil the lot's own validity, or null (the program's months apply)
     * @param key        the sale that earned it, or null
     */
    public record HeldLot(Instant earnedAt, Instant validUntil, String key, long points) {
    }

    /**
     * The balance as lots. {@code sum(lots.points) - debt} is the sum of the movements. Lots that expired but were
     * not written off yet are included, with their dates, so the next expiry run writes them off where they land.
     *
     * @param debt points spent beyond the lots (an offline overdraft), not negative
     */
    public record Holdings(List<HeldLot> lots, long debt) {
    }

    /**
     * @param movements in ledger order (the time they count from, then id)
     * @param months    the program's expiry (0: points never expire)
     * @param zone      the store's zone: "12 months after" is a calendar date there
     */
    public static Due dueAt(List<Movement> movements, int months, Instant asOf, ZoneId zone) {
        LotReplay replay = LotReplay.of(movements, months, zone, asOf);
        long expiredNotPosted = replay.expiredNotPosted();
        if (expiredNotPosted <= 0) {
            return new Due(0, List.of());
        }
        // the lots behind the amount still to post are the most recent ones that expired
        List<ExpiredLot> behind = new ArrayList<>();
        for (LotReplay.Lot lot : replay.expiredNotPostedLots()) {
            behind.add(new ExpiredLot(lot.earnedAt, lot.expiresAt, lot.left));
        }
        return new Due(expiredNotPosted, behind);
    }

    /**
     * How many points of the lot {@code key} (the sale that earned them) reached their expiry by {@code asOf}: a
     * refund of that sale does not take these back again, since expiry already took them.
     */
    public static long expiredOfLot(List<Movement> movements, String key, int months, Instant asOf, ZoneId zone) {
        return LotReplay.of(movements, months, zone, asOf).expiredOf(key);
    }

    /** The balance these movements leave at {@code asOf}, as dated lots; see {@link Holdings}. */
    public static Holdings holdingsAt(List<Movement> movements, int months, Instant asOf, ZoneId zone) {
        LotReplay replay = LotReplay.of(movements, months, zone, asOf);
        List<HeldLot> held = new ArrayList<>();
        for (LotReplay.Lot lot : replay.expiredNotPostedLots()) {
            held.add(new HeldLot(lot.earnedAt, lot.validUntil, lot.key, lot.left));
        }
        for (LotReplay.Lot lot : replay.lotsInTimeOrder()) {
            held.add(new HeldLot(lot.earnedAt, lot.validUntil, lot.key, lot.left));
        }
        held.sort(java.util.Comparator.comparing(HeldLot::earnedAt));
        return new Holdings(held, replay.debt());
    }
}
