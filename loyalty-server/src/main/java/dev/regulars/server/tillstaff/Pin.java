package dev.regulars.server.tillstaff;

import dev.regulars.core.security.PinHasher;
import dev.regulars.server.platform.Problem;
import java.util.Collection;

/**
 * A PIN as typed in the admin, checked: 4 to 8 digits ({@link PinHasher#requireWellFormed}). It is never kept or
 * shown: {@link #hash()} is what the database and the tills get, and {@link #toString()} hides the digits, so a
 * PIN cannot reach a log, an audit line or a page by accident.
 *
 * @param digits the PIN, without the spaces around it
 */
public record Pin(String digits) {

    /** @throws Problem {@code tillstaff.error.pin} unless the PIN is 4 to 8 digits */
    public Pin {
        try {
            PinHasher.requireWellFormed(digits);
        } catch (IllegalArgumentException e) {
            throw new Problem("tillstaff.error.pin");
        }
    }

    /**
     * A PIN from what was typed (spaces around it do not count).
     *
     * @throws Problem {@code tillstaff.error.pin} unless it is 4 to 8 digits
     */
    public static Pin typed(String typed) {
        return new Pin(typed == null ? null : typed.strip());
    }

    /** A new PBKDF2 hash of this PIN (a random salt: hashing it twice gives two hashes). */
    public String hash() {
        return PinHasher.hash(digits);
    }

    /**
     * Refuses this PIN when it opens any of these hashes: the PINs of a store's other active people. The refusal
     * names no one, so it does not tell the person typing whose PIN they guessed. Each hash costs one PBKDF2
     * derivation (tens of milliseconds).
     *
     * @param othersHashes the PIN hashes of the store's active people, the person whose PIN this becomes left out
     * @throws Problem {@code tillstaff.error.pinTaken} when one of them matches
     */
    public void requireFreeAmong(Collection<String> othersHashes) {
        if (othersHashes.stream().anyMatch(hash -> PinHasher.matches(digits, hash))) {
            throw new Problem("tillstaff.error.pinTaken");
        }
    }

    @Override
    public String toString() {
        return "Pin[****]";
    }
}
