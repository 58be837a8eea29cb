package dev.regulars.pos.sale;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Who logged out leaving a check open, while the till runs: the next cashier's screen takes that check and says
 * whose it was ("Anna's open check is here"), where a check found after a restart says the till stopped. Kept per
 * till (its journal) in memory only: after a restart nobody logged out, the till stopped.
 *
 * <p>The check goes on with the next cashier and the sale is theirs when they complete it (the journal and the
 * receipt name whoever takes the payment): they are the one who counts the money for it at the drawer.
 */
public final class CheckHandover {

    private static final Map<Object, String> LEFT_BY = Collections.synchronizedMap(new WeakHashMap<>());

    private CheckHandover() {
    }

    /** {@code cashierName} logged out of the till whose journal is {@code till}, leaving a check open. */
    public static void left(Object till, String cashierName) {
        LEFT_BY.put(till, cashierName);
    }

    /** Whose open check the next cashier of {@code till} takes over; empty after a restart. Asked once. */
    public static Optional<String> take(Object till) {
        return Optional.ofNullable(LEFT_BY.remove(till));
    }
}
