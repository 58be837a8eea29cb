package dev.regulars.core.expiry;

import static dev.regulars.core.testing.PropertyTesting.DEFAULT_TRIES;
import static dev.regulars.core.testing.PropertyTesting.anyLong;
import static dev.regulars.core.testing.PropertyTesting.checkProperty;
import static dev.regulars.core.testing.PropertyTesting.ints;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.expiry.PointExpiry.Movement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PointExpiryTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static Instant at(String date) {
        return Instant.parse(date + "T10:00:00Z");
    }

    @Test
    void pointsLeftOfALotExpireTwelveMonthsAfterTheyWereEarned() {
        List<Movement> history = List.of(
                new Movement(at("2025-01-10"), 100, false),
                new Movement(at("2025-06-01"), 50, false),
                new Movement(at("2025-07-01"), -80, false)); // uses 80 of January's lot

        PointExpiry.Due due = PointExpiry.dueAt(history, 12, at("2026-02-01"), AMSTERDAM);

        assertThat(due.points()).isEqualTo(20);
        assertThat(due.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.earnedAt()).isEqualTo(at("2025-01-10"));
            assertThat(lot.points()).isEqualTo(20);
        });
        assertThat(PointExpiry.dueAt(history, 12, at("2026-06-02"), AMSTERDAM).points()).isEqualTo(70);
        assertThat(PointExpiry.dueAt(history, 0, at("2030-01-01"), AMSTERDAM).points()).isZero();
    }

    @Test
    void pointsExpiredButNotYetWrittenOffAreUsedFirst() {
        List<Movement> history = List.of(
                new Movement(at("2024-01-10"), 100, false),
                new Movement(at("2025-03-01"), 60, false),
                new Movement(at("2025-03-02"), -60, false)); // January 2024's lot expired on 2025-01-10, unposted

        // the redemption used 60 of the expired 100 (the balance still showed them); March's 60 stay
        assertThat(PointExpiry.dueAt(history, 12, at("2025-03-03"), AMSTERDAM).points()).isEqualTo(40);
    }

    @Test
    void postedExpiriesAreNotExpiredAgain() {
        List<Movement> history = new ArrayList<>(List.of(
                new Movement(at("2025-01-10"), 100, false),
                new Movement(at("2025-07-01"), -30, false)));
        PointExpiry.Due first = PointExpiry.dueAt(history, 12, at("2026-01-11"), AMSTERDAM);
        history.add(new Movement(at("2026-01-11"), -first.points(), true));

        assertThat(first.points()).isEqualTo(70);
        assertThat(PointExpiry.dueAt(history, 12, at("2026-01-12"), AMSTERDAM).points()).isZero();
    }

    @Test
    void aBirthdayBonusIsSpentFirstAndWhatIsLeftExpiresWhenItsDaysAreOver() {
        List<Movement> history = List.of(
                new Movement(at("2026-01-10"), 100, false),
                new Movement(at("2026-03-01"), 100, false, at("2026-03-15")), // birthday, valid 14 days
                new Movement(at("2026-03-05"), -60, false)); // takes 60 of the birthday points, not January's

        PointExpiry.Due due = PointExpiry.dueAt(history, 12, at("2026-03-16"), AMSTERDAM);

        assertThat(due.points()).isEqualTo(40);
        assertThat(due.lots()).containsExactly(new PointExpiry.ExpiredLot(at("2026-03-01"), at("2026-03-15"), 40));
        // January's 100 are still there until January 2027
        assertThat(PointExpiry.dueAt(history, 12, at("2027-01-09"), AMSTERDAM).points()).isEqualTo(40);
        assertThat(PointExpiry.dueAt(history, 12, at("2027-01-11"), AMSTERDAM).points()).isEqualTo(140);
    }

    @Test
    void aBirthdayBonusExpiresEvenInAProgramWhosePointsNeverDo() {
        List<Movement> history = List.of(
                new Movement(at("2026-01-10"), 100, false),
                new Movement(at("2026-03-01"), 100, false, at("2026-03-15")));

        assertThat(PointExpiry.dueAt(history, 0, at("2026-03-14"), AMSTERDAM).points()).isZero();
        assertThat(PointExpiry.dueAt(history, 0, at("2026-03-15"), AMSTERDAM).points()).isEqualTo(100);
        assertThat(PointExpiry.dueAt(history, 0, at("2036-03-15"), AMSTERDAM).points()).isEqualTo(100);
    }

    /** The generated input of {@link #expiryNeverTakesMoreThanTheBalanceAndSettlesForGood()}. */
    private record HistoryCase(int steps, int months, long seed) {
    }

    @Test
    void expiryNeverTakesMoreThanTheBalanceAndSettlesForGood() {
        checkProperty(DEFAULT_TRIES, ints(1, 60).zip(ints(0, 6), anyLong(), HistoryCase::new),
                c -> expiryNeverTakesMoreThanTheBalanceAndSettlesForGood(c.steps(), c.months(), c.seed()));
    }

    private static void expiryNeverTakesMoreThanTheBalanceAndSettlesForGood(int steps, int months, long seed) {
        Random random = new Random(seed);
        List<Movement> history = new ArrayList<>();
        Instant t = at("2024-01-01");
        long balance = 0;
        for (int i = 0; i < steps; i++) {
            t = t.plusSeconds(86_400L * (1 + random.nextInt(40)));
            if (random.nextInt(4) == 0) {
                PointExpiry.Due due = PointExpiry.dueAt(history, months, t, AMSTERDAM);
                if (due.points() > 0) {
                    history.add(new Movement(t, -due.points(), true));
                    balance -= due.points();
                }
            }
            long points = random.nextInt(3) == 0 ? -random.nextInt((int) Math.max(1, balance) + 1)
                    : 1 + random.nextInt(200);
            // now and then a bonus with a validity of its own, shorter or longer than the program's
            Instant validUntil = points > 0 && random.nextInt(5) == 0
                    ? t.plusSeconds(86_400L * (1 + random.nextInt(300))) : null;
            history.add(new Movement(t, points, false, validUntil));
            balance += points;
        }
        Instant end = t.plusSeconds(86_400L * 400);

        PointExpiry.Due due = PointExpiry.dueAt(history, months, end, AMSTERDAM);

        assertThat(due.points()).isBetween(0L, Math.max(0, balance));
        history.add(new Movement(end, -due.points(), true));
        assertThat(PointExpiry.dueAt(history, months, end.plusSeconds(1), AMSTERDAM).points()).isZero();
        assertThat(due.lots().stream().mapToLong(PointExpiry.ExpiredLot::points).sum()).isEqualTo(due.points());
    }
}
