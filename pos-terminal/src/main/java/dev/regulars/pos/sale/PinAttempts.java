package dev.regulars.pos.sale;

import dev.regulars.core.words.KeyedRefusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Wrong PINs typed at one till, at login and for a manager's approval alike: after {@link #FREE_TRIES} wrong ones in
 * a row PIN entry is locked for 30 s, and each further lock lasts twice as long (at most 30 min), so a 4-digit PIN
 * cannot be guessed by trying. A right PIN starts the count again. Kept per till while it runs (one journal, one
 * count for all its screens); a restart starts again, which costs a guesser a restart per five tries.
 */
public final class PinAttempts {

    /** Wrong PINs in a row that are allowed before the entry locks. */
    public static final int FREE_TRIES = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(30);
    private static final Map<Object, PinAttempts> BY_TILL = Collections.synchronizedMap(new WeakHashMap<>());

    private final Clock clock;
    private int wrongInARow;
    private int locks;
    private Instant lockedUntil = Instant.MIN;

    public PinAttempts(Clock clock) {
        this.clock = clock;
    }

    /** The count of the till whose journal is {@code till}: every PIN entry of one till shares it. */
    public static PinAttempts of(Object till, Clock clock) {
        return BY_TILL.computeIfAbsent(till, t -> new PinAttempts(clock));
    }

    /**
     * Checks a PIN with {@code check} unless the entry is locked.
     *
     * @param check whom the PIN belongs to (e.g. the manager whose PIN it is); empty for a wrong PIN
     * @return what {@code check} found
     * @throws KeyedRefusal ("pin.locked", seconds left) while locked, then the PIN is not checked at all; or when
     *                      this wrong PIN locks the entry
     */
    public synchronized <T> Optional<T> attempt(java.util.function.Supplier<Optional<T>> check) {
        Optional<Duration> left = lockedFor();
        if (left.isPresent()) {
            throw locked(left.get());
        }
        Optional<T> found = check.get();
        if (found.isPresent()) {
            wrongInARow = 0;
            locks = 0;
            return found;
        }
        wrongInARow++;
        if (wrongInARow >= FREE_TRIES) {
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(locks, 10));
            lock = lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
            lockedUntil = clock.instant().plus(lock);
            locks++;
            wrongInARow = 0;
            throw locked(lock);
        }
        return Optional.empty();
    }

    /** How long PIN entry stays locked; empty when a PIN may be typed. */
    public synchronized Optional<Duration> lockedFor() {
        Instant now = clock.instant();
        return now.isBefore(lockedUntil) ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
    }

    private static KeyedRefusal locked(Duration left) {
        long seconds = (left.toMillis() + 999) / 1000;
        return new KeyedRefusal("Too many wrong PINs: try again in " + seconds + " s", "pin.locked", seconds);
    }
}
