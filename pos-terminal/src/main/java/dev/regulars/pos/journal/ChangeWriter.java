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
    private final CustomerFill fill;
    /** The rules as stored, once read or written; null before. */
    private volatile ProgramRules rules;

    ChangeWriter(JournalDb db, Settings settings, CustomerCache customers, CatalogCache catalog, CustomerFill fill) {
        this.db = db;
        this.settings = settings;
        this.customers = customers;
        this.catalog = catalog;
        this.fill = fill;
    }

    /**
     * At the journal's opening: a fill left by the last run (CustomerFill) is swapped in when it was complete, and
     * otherwise goes on from the last page it holds: the journal's cursor goes back to it when it is ahead (the
     * journal's cursor moves after the fill's, and a power cut may take more of the fill's unsynced pages). A fill
     * file without the journal having moved past the pairing's page is thrown away, with the pull starting again.
     */
    void resumeFill() {
        var from = fill.resumeFrom();
        if (from.isEmpty()) {
            return;
        }
        if (cursor() == 0) {
            fill.discard();
        } else if (fill.complete()) {
            swapIn();
        } else if (from.getAsLong() < cursor()) {
            db.withLockDo(() -> settings.put("cursor", Long.toString(from.getAsLong())));
        }
    }

    /** The finished fill becomes the customer cache (JournalDb#replaceCache). */
    private void swapIn() {
        db.replaceCache(fill.file(), () -> fill.mergeInto(db));
        db.withLockDo(() -> CustomerFill.tidy(db));
    }

    /** Closes the fill's file, if one is open. */
    void close() {
        fill.close();
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

    /**
     * A page from cursor 0 with more to come starts a first fill (CustomerFill): that page goes into the cache as
     * any page does (the pairing screen's customers are found at once), the pages after it into the fill's file
     * without the journal's lock, and the fill's last page builds the new cache there and swaps it in.
     */
    private void write(ChangesPage page) {
        if (fill.underWay()) {
            fill.append(page.customers(), page.cursor());
            // the erased leave the cache now too; the fill drops their rows at its end
            List<CustomerCacheRow> forgotten = page.customers().stream().filter(CustomerCacheRow::forget).toList();
            journalPart(page, forgotten);
            if (!page.hasMore()) {
                fill.finish();
                swapIn();
            }
            return;
        }
        boolean starts = page.hasMore() && cursor() == 0;
        List<CustomerCacheRow> rows = page.customers();
        int from = 0;
        for (; rows.size() - from > Journal.CUSTOMERS_PER_TRANSACTION; from += Journal.CUSTOMERS_PER_TRANSACTION) {
            List<CustomerCacheRow> slice = rows.subList(from, from + Journal.CUSTOMERS_PER_TRANSACTION);
            db.withLockDo(() -> db.unsynced(() -> customers.apply(slice)));
        }
        if (starts) {
            // made before the journal's cursor moves: a journal past cursor 0 always has its fill's file
            fill.start(page.cursor());
        }
        journalPart(page, rows.subList(from, rows.size()));
    }

    /** The page's last customers, catalog, rules, store and cursor, in one transaction of the journal. */
    private void journalPart(ChangesPage page, List<CustomerCacheRow> last) {
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
