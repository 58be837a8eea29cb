package dev.regulars.wallet.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.regulars.wallet.MutableClock;
import dev.regulars.wallet.google.BalanceUpdateCoalescer.BalanceUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BalanceUpdateCoalescerTest {

    private static final Instant START = Instant.parse("2026-11-30T08:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private final BalanceUpdateCoalescer coalescer = new BalanceUpdateCoalescer(clock, Duration.ofSeconds(30));

    @Test
    void a_burst_of_changes_makes_one_update_with_the_latest_balance() {
        coalescer.offer("card-1", 100);
        clock.advance(Duration.ofSeconds(10));
        coalescer.offer("card-1", 140);
        coalescer.offer("card-1", 90);

        assertThat(coalescer.due()).isEmpty();
        clock.advance(Duration.ofSeconds(20));
        assertThat(coalescer.due()).containsExactly(new BalanceUpdate("card-1", 90, true));
        assertThat(coalescer.due()).isEmpty();
        assertThat(coalescer.waiting()).isZero();
    }

    @Test
    void a_change_that_keeps_coming_is_not_held_back_past_its_first_settle() {
        coalescer.offer("card-1", 1);
        for (int i = 2; i <= 5; i++) {
            clock.advance(Duration.ofSeconds(10));
            coalescer.offer("card-1", i);
            if (i == 4) {
                assertThat(coalescer.due()).containsExactly(new BalanceUpdate("card-1", 4, true));
            }
        }
        clock.advance(Duration.ofSeconds(30));
        assertThat(coalescer.due()).containsExactly(new BalanceUpdate("card-1", 5, true));
    }

    @Test
    void the_fourth_update_in_a_day_is_silent_and_the_quota_comes_back_after_24_hours() {
        List<Boolean> notified = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            coalescer.offer("card-1", 100 + i);
            clock.advance(Duration.ofHours(1));
            notified.add(coalescer.due().get(0).notifyPhone());
        }
        assertThat(notified).containsExactly(true, true, true, false, false);

        // the first notification was handed out at 09:00; it is 13:00: at 09:00 tomorrow one comes free
        clock.advance(Duration.ofHours(19));
        coalescer.offer("card-1", 200);
        clock.advance(Duration.ofMinutes(59));
        assertThat(coalescer.due().get(0).notifyPhone()).isFalse();
        coalescer.offer("card-1", 201);
        clock.advance(Duration.ofMinutes(1));
        assertThat(coalescer.due().get(0).notifyPhone()).isTrue();
    }

    @Test
    void each_pass_has_its_own_quota() {
        for (int i = 0; i < 3; i++) {
            coalescer.offer("card-1", i);
            clock.advance(Duration.ofMinutes(1));
            coalescer.due();
        }
        coalescer.offer("card-1", 9);
        coalescer.offer("card-2", 9);
        clock.advance(Duration.ofMinutes(1));

        assertThat(coalescer.due()).containsExactlyInAnyOrder(new BalanceUpdate("card-1", 9, false),
                new BalanceUpdate("card-2", 9, true));
    }

    @Test
    void forgets_passes_whose_notifications_are_older_than_a_day() {
        coalescer.offer("card-1", 1);
        clock.advance(Duration.ofMinutes(1));
        coalescer.due();
        assertThat(coalescer.passesWithinQuotaWindow()).isEqualTo(1);

        clock.advance(Duration.ofHours(25));
        coalescer.due();
        assertThat(coalescer.passesWithinQuotaWindow()).isZero();
    }

    @Test
    void whatever_the_traffic_the_last_balance_wins_and_no_pass_is_notified_more_than_three_times_a_day() {
        // each step: pass 0-2, a balance, and minutes to wait before the next step
        qt().forAll(lists().of(integers().between(0, 3 * 1000 * 600 - 1)).ofSizeBetween(1, 200))
                .checkAssert(steps -> {
                    MutableClock time = new MutableClock(START);
                    BalanceUpdateCoalescer c = new BalanceUpdateCoalescer(time, Duration.ofMinutes(2));
                    Map<String, Long> offered = new HashMap<>();
                    Map<String, Long> shown = new HashMap<>();
                    Map<String, List<Instant>> notifications = new HashMap<>();
                    for (int step : steps) {
                        String pass = "card-" + step % 3;
                        long points = (step / 3) % 1000;
                        c.offer(pass, points);
                        offered.put(pass, points);
                        time.advance(Duration.ofMinutes(step / 3000));
                        collect(c.due(), time.instant(), shown, notifications);
                    }
                    time.advance(Duration.ofMinutes(2));
                    collect(c.due(), time.instant(), shown, notifications);

                    assertThat(shown).isEqualTo(offered);
                    notifications.values().forEach(times -> {
                        for (int i = 3; i < times.size(); i++) {
                            assertThat(Duration.between(times.get(i - 3), times.get(i)))
                                    .isGreaterThanOrEqualTo(Duration.ofHours(24));
                        }
                    });
                });
    }

    private static void collect(List<BalanceUpdate> updates, Instant now, Map<String, Long> shown,
            Map<String, List<Instant>> notifications) {
        for (BalanceUpdate update : updates) {
            shown.put(update.objectId(), update.points());
            if (update.notifyPhone()) {
                notifications.computeIfAbsent(update.objectId(), id -> new ArrayList<>()).add(now);
            }
        }
    }
}
