package dev.regulars.pos.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.core.words.KeyedRefusal;
import dev.regulars.pos.MovingClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Five wrong PINs lock the entry, each lock twice as long as the one before; a right PIN starts again. */
class PinAttemptsTest {

    private final MovingClock clock = new MovingClock();
    private final PinAttempts pins = new PinAttempts(clock);

    @Test
    void theFifthWrongPinLocksForThirtySecondsAndTheNextLockLastsTwiceAsLong() {
        for (int i = 0; i < 4; i++) {
            assertThat(pins.attempt(Optional::empty)).isEmpty();
        }
        assertThatThrownBy(() -> pins.attempt(Optional::empty)).isInstanceOf(KeyedRefusal.class)
                .hasMessage("Too many wrong PINs: try again in 30 s");
        clock.pass(Duration.ofSeconds(20));
        // while locked even the right PIN is not looked at
        assertThatThrownBy(() -> pins.attempt(() -> Optional.of("Maria")))
                .hasMessage("Too many wrong PINs: try again in 10 s");
        clock.pass(Duration.ofSeconds(10));
        assertThat(pins.lockedFor()).isEmpty();
        for (int i = 0; i < 4; i++) {
            pins.attempt(Optional::empty);
        }
        assertThatThrownBy(() -> pins.attempt(Optional::empty)).hasMessage("Too many wrong PINs: try again in 60 s");
        clock.pass(Duration.ofSeconds(60));

        assertThat(pins.attempt(() -> Optional.of("Maria"))).contains("Maria");
        for (int i = 0; i < 4; i++) {
            pins.attempt(Optional::empty);
        }
        assertThatThrownBy(() -> pins.attempt(Optional::empty)).hasMessage("Too many wrong PINs: try again in 30 s");
    }
}
