package dev.regulars.pos;

import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.TillIdentity;
import dev.regulars.pos.sale.Checkout;
import dev.regulars.pos.sale.CustomerLookup;
import dev.regulars.pos.sync.TillSync;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * The till's parts, wired once. {@code background} runs network work off the JavaFX thread and {@code ui} hands
 * results back to it; tests pass direct executors to keep everything on one thread.
 */
public record TillContext(Journal journal, TillSync sync, Clock clock, Locale locale, Executor background,
                          Executor ui) {

    public TillIdentity identity() {
        return journal.identity().orElseThrow(() -> new IllegalStateException("the till is not paired"));
    }

    public Checkout checkout() {
        return new Checkout(journal, identity(), clock);
    }

    public CustomerLookup customerLookup() {
        return new CustomerLookup(journal, identity());
    }
}
