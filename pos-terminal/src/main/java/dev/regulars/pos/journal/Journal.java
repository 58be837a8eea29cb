package dev.regulars.pos.journal;

import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.CatalogCategory;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.SaleOutcome;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.core.sync.StoreDetails;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The till's local store: SQLite in WAL mode with synchronous=FULL, so a sale acknowledged here survives kill -9
 * and power loss. It holds the pairing, the sales not yet confirmed by the server, and the cache that lets the
 * till work offline (customers by phone hash, catalog with pictures, cashiers, rules, the store's details). Its
 * parts share one connection and one lock ({@link JournalDb}); customer lookups read on a second connection.
 */
public final class Journal implements AutoCloseable {

    /**
     * Customers of a page of changes written in one transaction (see {@link #applyChanges}). Each transaction
     * rewrites every index page its random phone hashes and ids touch into the WAL, so the fewer the cheaper: a
     * first fill of a million took a third less CPU at 1,000 than at 250, and a sale waits for one such
     * transaction at most (some 30 ms of one core).
     */
    static final int CUSTOMERS_PER_TRANSACTION = 1_000;
    private static final String OPEN_SALE = "open-sale";
    private final JournalDb db;
    private final Settings settings;
    private final SaleBook sales;
    private final RefundQueue refunds;
    private final CustomerCache customers;
    private final ShiftBook shifts;
    private final DrawerLog drawer;
    private final CatalogCache catalog;
    private final ChangeWriter changes;
    private final Path file;

    private Journal(JournalDb db, Path file) {
        this.file = file;
        this.db = db;
        this.settings = new Settings(db.connection);
        this.sales = new SaleBook(db, settings);
        this.refunds = new RefundQueue(db);
        this.customers = new CustomerCache(db);
        this.shifts = new ShiftBook(db, sales, refunds);
        this.drawer = new DrawerLog(db);
        this.catalog = new CatalogCache(db.connection);
        this.changes = new ChangeWriter(db, settings, customers, catalog, new CustomerFill(file));
    }

    /** The folder the journal's file is in: the till's data folder. */
    public Path folder() {
        return file.getParent();
    }

    /** The customers this till finds offline. */
    public CustomerCache customers() {
        return customers;
    }

    /** The till's shifts and their Z reports. */
    public ShiftBook shifts() {
        return shifts;
    }

    /** Every opening of the cash drawer: no-sales and the kicks at a shift's opening and close. */
    public DrawerLog drawer() {
        return drawer;
    }

    /** Refunds waiting for the server, kept like sales. */
    public RefundQueue refunds() {
        return refunds;
    }

    /** The connections and lock, for the journal's parts and tests of this package. */
    JournalDb db() {
        return db;
    }

    /**
     * The file beside the journal at {@code journal} that holds its customer cache (tables customer_cache and
     * card_cache), e.g. journal-customers.db beside journal.db.
     */
    public static Path customerCacheFile(Path journal) {
        return JournalDb.cacheFile(journal);
    }

    /** Opens (creating or migrating) the journal at {@code file}; JournalException when it cannot. */
    public static Journal open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Journal journal = new Journal(JournalDb.open(file.toAbsolutePath()), file.toAbsolutePath());
            journal.changes.resumeFill();
            return journal;
        } catch (Exception e) {
            throw new JournalException("cannot open the till journal at " + file, e);
        }
    }

    // ---- pairing -------------------------------------------------------------------------------------------

    public Optional<TillIdentity> identity() {
        return db.withLock(changes::identity);
    }

    public void saveIdentity(TillIdentity identity) {
        db.withLockDo(() -> settings.put(ChangeWriter.IDENTITY, db.write(identity)));
    }

    /** Keeps the check being rung up (JSON), so a restart comes back to it; null or empty clears it. */
    public void saveOpenSale(String json) {
        db.withLockDo(() -> {
            if (json == null || json.isEmpty()) {
                settings.delete(OPEN_SALE);
            } else {
                settings.put(OPEN_SALE, json);
            }
        });
    }

    /** The check that was being rung up when the till stopped, if any. */
    public Optional<String> openSale() {
        return db.withLock(() -> settings.get(OPEN_SALE));
    }

    /** The name this till was paired under ("Front counter"), printed on its receipts. */
    public Optional<String> terminalName() {
        return db.withLock(() -> settings.get("terminal-name"));
    }

    public void saveTerminalName(String name) {
        db.withLockDo(() -> settings.put("terminal-name", name));
    }

    // ---- sales ---------------------------------------------------------------------------------------------

    /**
     * Writes the sale durably, with its link in the journal's chain, in one transaction. Returns only after SQLite
     * has synced it to disk: print the receipt after this.
     *
     * @param phoneHmac   hash of the customer's phone, or null for an anonymous sale
     * @param pointsAdded what the sale adds to the balance as the till sees it (earned, plus a welcome bonus)
     * @return the receipt number: the sale's place in this journal, from 1
     */
    public long recordSale(SaleRecord sale, String phoneHmac, long pointsAdded) {
        return recordSale(sale, phoneHmac, pointsAdded, null);
    }

    /**
     * The same, keeping what the receipt shows besides the sale ({@code receiptFacts}, JSON), so that a reprint
     * is the receipt that was printed.
     */
    public long recordSale(SaleRecord sale, String phoneHmac, long pointsAdded, String receiptFacts) {
        return sales.record(sale, phoneHmac, pointsAdded, receiptFacts, OPEN_SALE);
    }

    /** A sale of this journal by its id, for a reprint or a refund. */
    public Optional<JournalledSale> sale(UUID saleId) {
        return sales.find("WHERE sale_id = ?", saleId.toString()).stream().findFirst();
    }

    /** A sale of this journal by its receipt number. */
    public Optional<JournalledSale> saleNumbered(long number) {
        return sales.find("WHERE seq = ?", number).stream().findFirst();
    }

    /** Sales journalled after receipt number {@code number} (a shift's), oldest first. */
    public List<JournalledSale> salesAfter(long number) {
        return sales.find("WHERE seq > ? ORDER BY seq", number);
    }

    /** The newest receipt number; 0 before the first sale. */
    public long lastSaleNumber() {
        return sales.lastNumber();
    }

    /** A receipt of this till's journal: a sale's or a refund's, by its id. */
    public record ReceiptEntry(boolean refund, UUID id) {
    }

    /**
     * The newest sale or refund of this till, in the order they were journalled (the chain's): the receipt
     * "Reprint last" prints, after a logout or a restart too.
     */
    public Optional<ReceiptEntry> lastReceipt() {
        return sales.lastReceipt();
    }

    /**
     * Walks the tamper-evident chain over every sale, refund, shift opening and Z report (see JournalChain).
     *
     * @throws JournalException when the journal cannot be read at all
     */
    public ChainReport verifyChain() {
        return verifyChain(null);
    }

    /**
     * The same, and checks that the chain still holds a head seen before (printed on a Z report, kept by the
     * server, or noted from an earlier walk): its 64 hex digits or the first 16 or more of them.
     *
     * @throws IllegalArgumentException when {@code expectedHead} is not 16 to 64 hex digits
     * @throws JournalException when the journal cannot be read at all
     */
    public ChainReport verifyChain(String expectedHead) {
        return sales.verifyChain(expectedHead);
    }

    /** The oldest sales the server has not confirmed, in the order they were rung up. */
    public List<SaleRecord> unsyncedSales(int limit) {
        return sales.unsynced(limit);
    }

    /** Sales the server has not settled: queued ones and rejected ones held for a manager. */
    public int unsettledCount() {
        return (int) sales.number("SELECT COUNT(*) FROM sale WHERE synced <> " + SaleBook.SETTLED);
    }

    public int rejectedCount() {
        return (int) sales.number("SELECT COUNT(*) FROM sale WHERE synced = " + SaleBook.REJECTED);
    }

    public int saleCount() {
        return (int) sales.number("SELECT COUNT(*) FROM sale");
    }

    /**
     * Stores the server's answers. Settled sales leave the queue and their customer's cached balance becomes the
     * server's; rejected ones are held with the reason, for a manager to see, and not resent on their own.
     */
    public void recordOutcomes(List<SaleOutcome> outcomes) {
        sales.recordOutcomes(outcomes);
    }

    public Optional<SaleOutcome> outcomeOf(UUID saleId) {
        return sales.outcomeOf(saleId);
    }

    // ---- offline cache -------------------------------------------------------------------------------------

    /**
     * Applies a page of server changes: its customers in transactions of {@link #CUSTOMERS_PER_TRANSACTION}, so a
     * sale waits for one such slice at most, never for a whole page; the last slice goes with the catalog, the
     * cashiers, the rules, the store's details and the cursor. Until the cursor has moved the page counts as not
     * applied: after a crash in between it is asked for again, and its rows are written again to the same effect.
     * These transactions are not synced to disk one by one (JournalDb.unsynced: the server can send them again; a
     * sale's commit syncs all before it), and the WAL is copied into the database after the page, outside the lock.
     * A first fill (a page from cursor 0 with more to come) writes the pages after it into a file of its own without
     * the lock and swaps that file in as the customer cache at its last page ({@link CustomerFill}).
     */
    public void applyChanges(ChangesPage page) {
        changes.apply(page);
    }

    /**
     * What the till prints and shows about its store, as the server last sent it; before any such pull (a server
     * older than store details), what pairing said (StoreCache). Empty before pairing.
     */
    public Optional<StoreDetails> storeDetails() {
        return changes.storeDetails();
    }

    /**
     * The language the store's receipts are printed in ({@code en}, {@code ru}, {@code nl}) as the server last sent
     * it; empty before the server sent the store's details (pairing alone does not say).
     */
    public Optional<String> storeLanguage() {
        return changes.storeLanguage();
    }

    public long cursor() {
        return changes.cursor();
    }

    /**
     * The program's rules as the server last sent them. Read from the journal once and then kept: the sale screen
     * prices with them at every tap, and need not wait for the journal while a sync writes.
     */
    public Optional<ProgramRules> rules() {
        return changes.rules();
    }

    /** Every item the till sells, in the grid's order: by category, then position and name. */
    public List<CatalogItem> catalog() {
        return db.withLock(catalog::catalog);
    }

    /** The grid's categories in order (position, then name); active ones only. */
    public List<CatalogCategory> categories() {
        return db.withLock(catalog::categories);
    }

    /** The items of a category in the grid's order (inactive items are not kept). */
    public List<CatalogItem> itemsIn(String category) {
        return db.withLock(() -> catalog.itemsIn(category));
    }

    /** The item a scanned barcode names (EAN-13, UPC-A written either way, or any code the admin typed). */
    public Optional<CatalogItem> itemByBarcode(String scanned) {
        return db.withLock(() -> catalog.byBarcode(scanned));
    }

    /** A product picture's bytes (PNG or JPEG) by its SHA-256, once the till has fetched it. */
    public Optional<byte[]> image(String sha256) {
        return db.withLock(() -> catalog.image(sha256));
    }

    /** Pictures the catalog shows that the till has not fetched yet (at most {@code limit}). */
    public List<String> missingImages(int limit) {
        return db.withLock(() -> catalog.missingImages(limit));
    }

    /** Keeps a fetched picture; JournalException when the bytes are not the picture the hash names. */
    public void saveImage(String sha256, byte[] bytes) {
        db.withLockDo(() -> catalog.saveImage(sha256, bytes));
    }

    public List<CashierRecord> cashiers() {
        return db.withLock(catalog::cashiers);
    }

    @Override
    public void close() {
        db.withLockDo(changes::close);
        db.close();
    }
}
