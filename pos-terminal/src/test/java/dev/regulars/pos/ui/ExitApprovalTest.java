package dev.regulars.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.security.PinHasher;
import dev.regulars.pos.sale.PinAttempts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Leaving the kiosk: a manager's PIN, except on a till that has no cashiers yet (before its first sync). */
class ExitApprovalTest {

    private final TillTexts words = new TillTexts(Locale.US, java.util.Currency.getInstance("EUR"));
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aNewTillBeforeItsFirstSyncClosesWithoutAPin() {
        AtomicInteger exits = new AtomicInteger();
        ExitApproval approval = new ExitApproval(List::of, new PinAttempts(clock), words, exits::incrementAndGet);
        assertThat(approval.messageProperty().get()).isEqualTo("This till has no cashiers yet (it has not synced"
                + " with the server), so it closes without a PIN: press Approve");
        approval.approve();
        assertThat(exits).hasValue(1);
    }

    @Test
    void onceItHasCashiersOnlyAManagersPinClosesIt() {
        AtomicInteger exits = new AtomicInteger();
        List<CashierRecord> staff = new ArrayList<>(List.of(
                new CashierRecord(UUID.randomUUID(), "Anna", PinHasher.hash("1234"))));
        ExitApproval approval = new ExitApproval(() -> staff, new PinAttempts(clock), words, exits::incrementAndGet);
        assertThat(approval.messageProperty().get()).isEmpty();
        approval.approve();
        approval.pinProperty().set("1234");
        approval.approve();
        assertThat(exits).hasValue(0);
        assertThat(approval.messageProperty().get()).isEqualTo("That is not a manager's PIN");

        staff.add(new CashierRecord(UUID.randomUUID(), "Maria", PinHasher.hash("9999"), true, true));
        approval.pinProperty().set("9999");
        approval.approve();
        assertThat(exits).hasValue(1);
    }

    @Test
    void wrongPinsLockTheExitLikeEveryOtherPinEntry() {
        AtomicInteger exits = new AtomicInteger();
        List<CashierRecord> staff = List.of(
                new CashierRecord(UUID.randomUUID(), "Maria", PinHasher.hash("9999"), true, true));
        ExitApproval approval = new ExitApproval(() -> staff, new PinAttempts(clock), words, exits::incrementAndGet);
        for (int i = 0; i < PinAttempts.FREE_TRIES; i++) {
            approval.pinProperty().set("000" + i);
            approval.approve();
        }
        assertThat(approval.messageProperty().get()).isEqualTo("Too many wrong PINs: try again in 30 s");
        approval.pinProperty().set("9999");
        approval.approve();
        assertThat(exits).hasValue(0);
        assertThat(approval.messageProperty().get()).startsWith("Too many wrong PINs");
    }
}
