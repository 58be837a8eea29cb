package dev.regulars.pos.journal;

import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.CustomerCacheRow;
import dev.regulars.core.sync.StoreDetails;
import java.util.List;
import java.util.Optional;

/**
 * The sync's bookkeeping in the journal: pages of the server's changes written into the offline cache, the cursor
 * they move, and the rules, store details and identity they carry.
 */
final class ChangeWriter {

    static final String IDENTITY = "identity";

    private final JournalDb db;
    private final Settings settings;
    private final CustomerCache customers;
    private final CatalogCache catalog;
    /** The rules as stored, once read or written; null before. */
    private volatile ProgramRules rules;

    ChangeWriter(JournalDb db, Settings settings, CustomerCache customers, CatalogCache catalog) {
        this.db = db;
        this.settings = settings;
        this.customers = customers;
        this.catalog = catalog;
    }

    /**
     * See {@link Journal#applyChanges}. SQLite's own checkpoint stays off from a page with more to come until the
     * last page of the pull (or a failure): turned on between two pages, a sale committed between them found the
     * page's WAL over the mark and copied it, holding the lock (a first fill of a million took twice as long, and
     * sales waited close to a second). The checkpoint after each page keeps the WAL small meanwhile.
     */
    void apply(ChangesPage page) {
        db.withLockDo(() -> db.autocheckpoint(false));
        boolean more = false;
        try {
            write(page);
            db.checkpoint();
            more = page.hasMore();
        } finally {
            if (!more) {
                db.withLockDo(() -> db.autocheckpoint(true));
            }
        }
    }

    private void write(ChangesPage page) {
        List<CustomerCacheRow> rows = page.customers();
        int from = 0;
        for (; rows.size() - from > Journal.CUSTOMERS_PER_TRANSACTION; from += Journal.CUSTOMERS_PER_TRANSACTION) {
            List<CustomerCacheRow> slice = rows.subList(from, from + Journal.CUSTOMERS_PER_TRANSACTION);
            db.withLockDo(() -> db.unsynced(() -> customers.apply(slice)));
        }
        List<CustomerCacheRow> last = rows.subList(from, rows.size());
        db.withLockDo(() -> {
            db.unsynced(() -> {
                customers.apply(last);
                catalog.apply(page);
                if (page.rules() != null) {
                    settings.put("rules", db.write(page.rules()));
                }
                if (page.store() != null) {
                    settings.put("store", db.write(page.store()));
                    identity().flatMap(id -> StoreCache.renamed(id, page.store()))
                            .ifPresent(id -> settings.put(IDENTITY, db.write(id)));
                }
                settings.put("cursor", Long.toString(page.cursor()));
            });
            if (page.rules() != null) {
                rules = page.rules();
            }
        });
    }

    /** The pairing; the caller holds the lock. */
    Optional<TillIdentity> identity() {
        return settings.get(IDENTITY).map(v -> db.read(v, TillIdentity.class));
    }

    long cursor() {
        return db.withLock(() -> settings.get("cursor").map(Long::parseLong).orElse(0L));
    }

    /** Read from the journal once and then kept: the sale screen prices at every tap and need not wait for a sync. */
    Optional<ProgramRules> rules() {
        ProgramRules known = rules;
        if (known != null) {
            return Optional.of(known);
        }
        return db.withLock(() -> {
            Optional<ProgramRules> stored = settings.get("rules").map(v -> db.read(v, ProgramRules.class));
            stored.ifPresent(r -> rules = r);
            return stored;
        });
    }

    Optional<StoreDetails> storeDetails() {
        return db.withLock(() -> StoreCache.details(settings.get("store").map(v -> db.read(v, StoreDetails.class)),
                identity()));
    }

    Optional<String> storeLanguage() {
        return db.withLock(() -> settings.get("store").map(v -> db.read(v, StoreDetails.class).receiptLanguage()));
    }
}
