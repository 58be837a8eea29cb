package dev.regulars.core.expiry;

import static dev.regulars.core.testing.PropertyTesting.DEFAULT_TRIES;
import static dev.regulars.core.testing.PropertyTesting.anyLong;
import static dev.regulars.core.testing.PropertyTesting.checkProperty;
import static dev.regulars.core.testing.PropertyTesting.ints;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.expiry.PointExpiry.HeldLot;
import dev.regulars.core.expiry.PointExpiry.Movement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lots named by the sale that earned them: refunds take back from their own sale, merges keep the dates. */
class PointExpiryLotsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static Instant at(String date) {
        return Instant.parse(date + "T10:00:00Z");
    }

    @Test
    void aRefundTakesBackFromItsOwnSalesLotNotTheOldestOne() {
        List<Movement> history = List.of(
                new Movement(at("2025-01-10"), 62, false, null, "sale-a"),
                new Movement(at("2026-01-20"), 23, false, null, "sale-b"),
                new Movement(at("2026-01-25"), -23, false, null, "sale-b")); // sale b refunded in full

        // January 2025's lot expired on 2026-01-10, unposted: all of it goes, sale b's points are simply gone
        assertThat(PointExpiry.dueAt(history, 12, at("2026-02-01"), AMSTERDAM).points()).isEqualTo(62);
        // the same refund without the lot's name would have used the expired points first
        List<Movement> unnamed = List.of(history.get(0), history.get(1),
                new Movement(at("2026-01-25"), -23, false));
        assertThat(PointExpiry.dueAt(unnamed, 12, at("2026-02-01"), AMSTERDAM).points()).isEqualTo(39);
    }

    @Test
    void whatTheOwnLotNoLongerHoldsComesFromTheSoonestExpiring() {
        List<Movement> history = List.of(
                new Movement(at("2025-03-01"), 100, false, null, "old"),
                new Movement(at("2025-06-01"), 40, false, null, "sale"),
                new Movement(at("2025-06-02"), -30, false), // a redemption: the oldest points first
                new Movement(at("2025-06-03"), -50, false, null, "sale")); // 40 from its own lot, 10 from "old"

        assertThat(PointExpiry.dueAt(history, 12, at("2026-03-02"), AMSTERDAM).points()).isEqualTo(60);
    }

    @Test
    void pointsGivenBackReturnToTheLotsTheyCameFromWithTheirDates() {
        List<Movement> history = List.of(
                new Movement(at("2025-01-10"), 50, false, null, "old"),
                new Movement(at("2025-12-01"), 30, false, null, "new"),
                new Movement(at("2025-12-20"), -30, false, null, null, "abandoned"), // the oldest 30 of "old"
                new Movement(at("2025-12-20"), 30, false, null, null, "abandoned")); // the sale was abandoned

        // all of January's 50 expire on 2026-01-10, as if nothing had been taken and given back
        assertThat(PointExpiry.dueAt(history, 12, at("2026-01-11"), AMSTERDAM).points()).isEqualTo(50);
        // given back unremembered, they would have been a new lot
        List<Movement> unremembered = List.of(history.get(0), history.get(1),
                new Movement(at("2025-12-20"), -30, false), new Movement(at("2025-12-20"), 30, false));
        assertThat(PointExpiry.dueAt(unremembered, 12, at("2026-01-11"), AMSTERDAM).points()).isEqualTo(20);
    }

    @Test
    void whatExpiredOfASalesLotIsKnown() {
        List<Movement> history = List.of(
                new Movement(at("2025-01-10"), 27, false, null, "sale"),
                new Movement(at("2025-06-01"), -7, false),
                new Movement(at("2026-01-11"), -20, true));

        assertThat(PointExpiry.expiredOfLot(history, "sale", 12, at("2026-02-01"), AMSTERDAM)).isEqualTo(20);
        assertThat(PointExpiry.expiredOfLot(history, "other", 12, at("2026-02-01"), AMSTERDAM)).isZero();
        assertThat(PointExpiry.expiredOfLot(history.subList(0, 2), "sale", 12, at("2025-12-01"), AMSTERDAM)).isZero();
    }

    @Test
    void holdingsAreTheBalanceAsDatedLotsExpiredButUnpostedIncluded() {
        Instant birthday = at("2026-01-01");
        List<Movement> history = List.of(
                new Movement(at("2024-12-01"), 30, false, null, "s1"), // expired on 2025-12-01, not written off
                new Movement(at("2025-05-01"), 50, false, null, "s2"),
                new Movement(birthday, 100, false, at("2026-01-15"), null),
                new Movement(at("2026-01-05"), -60, false)); // 30 expired, then the birthday lot (expires soonest)

        PointExpiry.Holdings holdings = PointExpiry.holdingsAt(history, 12, at("2026-01-06"), AMSTERDAM);

        assertThat(holdings.debt()).isZero();
        assertThat(holdings.lots()).containsExactly(
                new HeldLot(at("2025-05-01"), null, "s2", 50),
                new HeldLot(birthday, at("2026-01-15"), null, 70));
        assertThat(holdings.lots().stream().mapToLong(HeldLot::points).sum())
                .isEqualTo(history.stream().mapToLong(Movement::points).sum());
    }

    @Test
    void anOverdraftIsHeldAsDebt() {
        List<Movement> history = List.of(
                new Movement(at("2026-01-01"), 20, false, null, "s1"),
                new Movement(at("2026-01-02"), -50, false));

        PointExpiry.Holdings holdings = PointExpiry.holdingsAt(history, 12, at("2026-01-03"), AMSTERDAM);

        assertThat(holdings.lots()).isEmpty();
        assertThat(holdings.debt()).isEqualTo(30);
    }

    @Test
    void heldLotsReplayedElsewhereExpireOnTheSameDays() {
        List<Movement> history = List.of(
                new Movement(at("2025-02-01"), 40, false, null, "s1"),
                new Movement(at("2025-09-01"), 25, false, null, "s2"),
                new Movement(at("2025-10-01"), -10, false));
        PointExpiry.Holdings holdings = PointExpiry.holdingsAt(history, 12, at("2025-11-01"), AMSTERDAM);
        List<Movement> moved = holdings.lots().stream()
                .map(l -> new Movement(l.earnedAt(), l.points(), false, l.validUntil(), l.key())).toList();

        for (String day : List.of("2026-01-31", "2026-02-02", "2026-09-02")) {
            assertThat(PointExpiry.dueAt(moved, 12, at(day), AMSTERDAM).points()).as(day)
                    .isEqualTo(PointExpiry.dueAt(history, 12, at(day), AMSTERDAM).points());
        }
    }

    /** The generated input of {@link #lotsMovedElsewhereKeepTheBalanceAndExpireAsBefore()}. */
    private record HistoryCase(int steps, int months, long seed) {
    }

    /**
     * Random histories of sales earning, redemptions, refunds taking back from their sale's lot and posted expiries:
     * expiry never takes more than the balance; the holdings are exactly the balance; and lots moved to another
     * record (a merge) expire there on the same days and by the same amounts.
     */
    @Test
    void lotsMovedElsewhereKeepTheBalanceAndExpireAsBefore() {
        checkProperty(DEFAULT_TRIES, ints(1, 60).zip(ints(0, 6), anyLong(), HistoryCase::new),
                c -> lotsMovedElsewhereKeepTheBalanceAndExpireAsBefore(c.steps(), c.months(), c.seed()));
    }

    private static void lotsMovedElsewhereKeepTheBalanceAndExpireAsBefore(int steps, int months, long seed) {
        Random random = new Random(seed);
        List<Movement> history = new ArrayList<>();
        List<String> sales = new ArrayList<>();
        Instant t = at("2024-01-01");
        long balance = 0;
        for (int i = 0; i < steps; i++) {
            t = t.plusSeconds(86_400L * (1 + random.nextInt(40)));
            if (random.nextInt(4) == 0) {
                PointExpiry.Due due = PointExpiry.dueAt(history, months, t, AMSTERDAM);
                assertThat(due.points()).isBetween(0L, Math.max(0, balance));
                if (due.points() > 0) {
                    history.add(new Movement(t, -due.points(), true));
                    balance -= due.points();
                }
            }
            int kind = random.nextInt(4);
            Movement m;
            if (kind == 0 && !sales.isEmpty()) {
                // a refund of an earlier sale: up to what that sale could have earned
                m = new Movement(t, -(1 + random.nextInt(200)), false, null, sales.get(random.nextInt(sales.size())));
            } else if (kind == 1) {
                m = new Movement(t, -random.nextInt((int) Math.max(1, balance) + 1), false);
            } else {
                String sale = "sale-" + i;
                sales.add(sale);
                Instant validUntil = random.nextInt(5) == 0 ? t.plusSeconds(86_400L * (1 + random.nextInt(300))) : null;
                m = new Movement(t, 1 + random.nextInt(200), false, validUntil, validUntil == null ? sale : null);
            }
            history.add(m);
            balance += m.points();
        }
        Instant mergedAt = t.plusSeconds(3_600);

        PointExpiry.Holdings holdings = PointExpiry.holdingsAt(history, months, mergedAt, AMSTERDAM);

        assertThat(holdings.lots().stream().mapToLong(HeldLot::points).sum() - holdings.debt()).isEqualTo(balance);
        assertThat(holdings.lots()).allSatisfy(l -> assertThat(l.points()).isPositive());
        List<Movement> moved = new ArrayList<>();
        holdings.lots().forEach(l -> moved.add(new Movement(l.earnedAt(), l.points(), false, l.validUntil(), l.key())));
        if (holdings.debt() > 0) {
            moved.add(new Movement(mergedAt, -holdings.debt(), false));
        }
        for (int days : new int[] {0, 30, 200, 400, 800}) {
            Instant later = mergedAt.plusSeconds(86_400L * days);
            assertThat(PointExpiry.dueAt(moved, months, later, AMSTERDAM).points()).as("%d days later", days)
                    .isEqualTo(Math.min(PointExpiry.dueAt(history, months, later, AMSTERDAM).points(),
                            Math.max(0, balance)));
        }
    }
}
