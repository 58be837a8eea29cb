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
 *
 * @param locale the cashier's language as the till was started ({@code --language}); null to follow the store:
 *               see {@link #locale()}
 */
public record TillContext(Journal journal, TillSync sync, Clock clock, Locale locale, Executor background,
                          Executor ui) {

    /**
     * The language the till speaks to the cashier: the one it was started with; else the store's receipt language
     * once the server has sent the store's details (so a till paired a minute ago speaks its store's language from
     * the next screen on); else the computer's.
     */
    @Override
    public Locale locale() {
        if (locale != null) {
            return locale;
        }
        return journal.storeLanguage().map(Locale::forLanguageTag).orElseGet(Locale::getDefault);
    }

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
