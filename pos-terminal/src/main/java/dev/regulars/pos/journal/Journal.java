package dev.regulars.pos.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.CatalogCategory;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.SaleOutcome;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.core.sync.StoreDetails;
import dev.regulars.core.sync.WireJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sqlite.SQLiteConfig;

/**
 * The till's local store: SQLite in WAL mode with synchronous=FULL, so a sale acknowledged here survives kill -9
 * and power loss. It holds the pairing, the sales not yet confirmed by the server, and the cache that lets the
 * till work offline (customers by phone hash, catalog with pictures, cashiers, rules, the store's details).
 */
public final class Journal implements AutoCloseable {

    static final int SETTLED = 1;
    static final int REJECTED = 2;
    private final ObjectMapper json = WireJson.mapper();
    private final Connection connection;
    private final Settings settings;
    private final RefundQueue refunds;
    private final CustomerCache customers;
    private final ShiftBook shifts;
    private final DrawerLog drawer;
    private final CatalogCache catalog;

    private final Path file;

    private Journal(Connection connection, Path file) {
        this.file = file;
        this.connection = connection;
        this.settings = new Settings(connection);
        this.refunds = new RefundQueue(this, connection);
        this.customers = new CustomerCache(this, connection);
        this.shifts = new ShiftBook(this, connection);
        this.drawer = new DrawerLog(this, connection);
        this.catalog = new CatalogCache(connection);
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

    public static Journal open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(5_000);
            Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            JournalSchema.migrate(connection);
            return new Journal(connection, file.toAbsolutePath());
        } catch (Exception e) {
            throw new JournalException("cannot open the till journal at " + file, e);
        }
    }

    // ---- pairing -------------------------------------------------------------------------------------------

    public synchronized Optional<TillIdentity> identity() {
        return settings.get("identity").map(v -> read(v, TillIdentity.class));
    }

    public synchronized void saveIdentity(TillIdentity identity) {
        settings.put("identity", write(identity));
    }

    private static final String OPEN_SALE = "open-sale";

    /** Keeps the check being rung up (JSON), so a restart comes back to it; null or empty clears it. */
    public synchronized void saveOpenSale(String json) {
        if (json == null || json.isEmpty()) {
            settings.delete(OPEN_SALE);
        } else {
            settings.put(OPEN_SALE, json);
        }
    }

    /** The check that was being rung up when the till stopped, if any. */
    public synchronized Optional<String> openSale() {
        return settings.get(OPEN_SALE);
    }

    /** The name this till was paired under ("Front counter"), printed on its receipts. */
    public synchronized Optional<String> terminalName() {
        return settings.get("terminal-name");
    }

    public synchronized void saveTerminalName(String name) {
        settings.put("terminal-name", name);
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
    public synchronized long recordSale(SaleRecord sale, String phoneHmac, long pointsAdded) {
        return recordSale(sale, phoneHmac, pointsAdded, null);
    }

    /**
     * The same, keeping what the receipt shows besides the sale ({@code receiptFacts}, JSON), so that a reprint
     * is the receipt that was printed.
     */
    public synchronized long recordSale(SaleRecord sale, String phoneHmac, long pointsAdded, String receiptFacts) {
        String sql = "INSERT INTO sale (sale_id, payload, phone_hmac, points_redeemed, points_earned, recorded_at,"
                + " receipt_facts) VALUES (?, ?, ?, ?, ?, ?, ?)";
        long[] number = new long[1];
        String payload = write(sale);
        try {
            inTransaction(() -> {
                try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, sale.saleId().toString());
                    ps.setString(2, payload);
                    ps.setString(3, phoneHmac);
                    ps.setLong(4, sale.pointsRedeemed());
                    ps.setLong(5, pointsAdded);
                    ps.setString(6, sale.rungUpAt().toString());
                    ps.setString(7, receiptFacts);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        number[0] = keys.getLong(1);
                    }
                }
                JournalChain.append(connection, JournalChain.Kind.SALE, sale.saleId().toString());
                // the check that was open is this sale now: a restart must not bring it back to be charged again
                settings.delete(OPEN_SALE);
            });
        } catch (JournalException e) {
            throw new JournalException("the sale could not be stored", e.getCause());
        }
        return number[0];
    }

    /** A sale of this journal by its id, for a reprint or a refund. */
    public synchronized Optional<JournalledSale> sale(UUID saleId) {
        return sales("WHERE sale_id = ?", saleId.toString()).stream().findFirst();
    }

    /** A sale of this journal by its receipt number. */
    public synchronized Optional<JournalledSale> saleNumbered(long number) {
        return sales("WHERE seq = ?", number).stream().findFirst();
    }

    /** Sales journalled after receipt number {@code number} (a shift's), oldest first. */
    public synchronized List<JournalledSale> salesAfter(long number) {
        return sales("WHERE seq > ? ORDER BY seq", number);
    }

    /** The newest receipt number; 0 before the first sale. */
    public synchronized long lastSaleNumber() {
        return queryInt("SELECT COALESCE(MAX(seq), 0) FROM sale");
    }

    /** A receipt of this till's journal: a sale's or a refund's, by its id. */
    public record ReceiptEntry(boolean refund, UUID id) {
    }

    /**
     * The newest sale or refund of this till, in the order they were journalled (the chain's): the receipt
     * "Reprint last" prints, after a logout or a restart too.
     */
    public synchronized Optional<ReceiptEntry> lastReceipt() {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT kind, entry_id"
                + " FROM chain WHERE kind IN ('SALE', 'REFUND') ORDER BY seq DESC LIMIT 1")) {
            return rs.next() ? Optional.of(new ReceiptEntry("REFUND".equals(rs.getString(1)),
                    UUID.fromString(rs.getString(2)))) : Optional.empty();
        } catch (SQLException e) {
            throw new JournalException("cannot read the last receipt", e);
        }
    }

    private List<JournalledSale> sales(String where, Object parameter) {
        List<JournalledSale> found = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT seq, payload, receipt_facts FROM sale " + where)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new JournalledSale(rs.getLong(1), read(rs.getString(2), SaleRecord.class),
                            rs.getString(3)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new JournalException("cannot read sales", e);
        }
    }

    /**
     * Walks the tamper-evident chain over every sale, refund, shift opening and Z report (see JournalChain).
     *
     * @throws JournalException when the journal cannot be read at all
     */
    public synchronized ChainReport verifyChain() {
        return verifyChain(null);
    }

    /**
     * The same, and checks that the chain still holds a head seen before (printed on a Z report, kept by the
     * server, or noted from an earlier walk): its 64 hex digits or the first 16 or more of them.
     *
     * @throws IllegalArgumentException when {@code expectedHead} is not 16 to 64 hex digits
     * @throws JournalException when the journal cannot be read at all
     */
    public synchronized ChainReport verifyChain(String expectedHead) {
        try {
            return ChainWalk.verify(connection, expectedHead);
        } catch (SQLException e) {
            throw new JournalException("cannot read the journal's chain", e);
        }
    }

    /** The oldest sales the server has not confirmed, in the order they were rung up. */
    public synchronized List<SaleRecord> unsyncedSales(int limit) {
        List<SaleRecord> sales = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT payload FROM sale WHERE synced = 0 ORDER BY seq LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sales.add(read(rs.getString(1), SaleRecord.class));
                }
            }
            return sales;
        } catch (SQLException e) {
            throw new JournalException("cannot read unsynced sales", e);
        }
    }

    /** Sales the server has not settled: queued ones and rejected ones held for a manager. */
    public synchronized int unsettledCount() {
        return queryInt("SELECT COUNT(*) FROM sale WHERE synced <> " + SETTLED);
    }

    public synchronized int rejectedCount() {
        return queryInt("SELECT COUNT(*) FROM sale WHERE synced = " + REJECTED);
    }

    public synchronized int saleCount() {
        return queryInt("SELECT COUNT(*) FROM sale");
    }

    /**
     * Stores the server's answers. Settled sales leave the queue and their customer's cached balance becomes the
     * server's; rejected ones are held with the reason, for a manager to see, and not resent on their own.
     */
    public synchronized void recordOutcomes(List<SaleOutcome> outcomes) {
        inTransaction(() -> {
            try (PreparedStatement sale = connection.prepareStatement(
                    "UPDATE sale SET synced = ?, outcome = ? WHERE sale_id = ?");
                 PreparedStatement balance = connection.prepareStatement(
                         "UPDATE customer_cache SET customer_id = ?, balance = ? WHERE phone_hmac ="
                                 + " (SELECT phone_hmac FROM sale WHERE sale_id = ?)")) {
                for (SaleOutcome outcome : outcomes) {
                    if (outcome.saleId() == null) {
                        continue;
                    }
                    sale.setInt(1, outcome.isSettled() ? SETTLED : REJECTED);
                    sale.setString(2, write(outcome));
                    sale.setString(3, outcome.saleId().toString());
                    sale.executeUpdate();
                    if (outcome.isSettled() && outcome.customerId() != null && outcome.balanceAfter() != null) {
                        balance.setString(1, outcome.customerId().toString());
                        balance.setLong(2, outcome.balanceAfter());
                        balance.setString(3, outcome.saleId().toString());
                        balance.executeUpdate();
                    }
                }
            }
        });
    }

    public synchronized Optional<SaleOutcome> outcomeOf(UUID saleId) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT outcome FROM sale WHERE sale_id = ?")) {
            ps.setString(1, saleId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null
                        ? Optional.of(read(rs.getString(1), SaleOutcome.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new JournalException("cannot read a sale outcome", e);
        }
    }

    // ---- offline cache -------------------------------------------------------------------------------------

    /** Applies a page of server changes and moves the cursor, all in one transaction. */
    public synchronized void applyChanges(ChangesPage page) {
        inTransaction(() -> {
            customers.apply(page.customers());
            catalog.apply(page);
            if (page.rules() != null) {
                settings.put("rules", write(page.rules()));
            }
            if (page.store() != null) {
                settings.put("store", write(page.store()));
                identity().flatMap(id -> StoreCache.renamed(id, page.store())).ifPresent(this::saveIdentity);
            }
            settings.put("cursor", Long.toString(page.cursor()));
        });
    }

    /**
     * What the till prints and shows about its store, as the server last sent it; before any such pull (a server
     * older than store details), what pairing said (StoreCache). Empty before pairing.
     */
    public synchronized Optional<StoreDetails> storeDetails() {
        return StoreCache.details(settings.get("store").map(v -> read(v, StoreDetails.class)), identity());
    }

    /**
     * The language the store's receipts are printed in ({@code en}, {@code ru}, {@code nl}) as the server last sent
     * it; empty before the server sent the store's details (pairing alone does not say).
     */
    public synchronized Optional<String> storeLanguage() {
        return settings.get("store").map(v -> read(v, StoreDetails.class).receiptLanguage());
    }

    public synchronized long cursor() {
        return settings.get("cursor").map(Long::parseLong).orElse(0L);
    }

    public synchronized Optional<ProgramRules> rules() {
        return settings.get("rules").map(v -> read(v, ProgramRules.class));
    }

    /** Every item the till sells, in the grid's order: by category, then position and name. */
    public synchronized List<CatalogItem> catalog() {
        return catalog.catalog();
    }

    /** The grid's categories in order (position, then name); active ones only. */
    public synchronized List<CatalogCategory> categories() {
        return catalog.categories();
    }

    /** The items of a category in the grid's order (inactive items are not kept). */
    public synchronized List<CatalogItem> itemsIn(String category) {
        return catalog.itemsIn(category);
    }

    /** The item a scanned barcode names (EAN-13, UPC-A written either way, or any code the admin typed). */
    public synchronized Optional<CatalogItem> itemByBarcode(String scanned) {
        return catalog.byBarcode(scanned);
    }

    /** A product picture's bytes (PNG or JPEG) by its SHA-256, once the till has fetched it. */
    public synchronized Optional<byte[]> image(String sha256) {
        return catalog.image(sha256);
    }

    /** Pictures the catalog shows that the till has not fetched yet (at most {@code limit}). */
    public synchronized List<String> missingImages(int limit) {
        return catalog.missingImages(limit);
    }

    /** Keeps a fetched picture; JournalException when the bytes are not the picture the hash names. */
    public synchronized void saveImage(String sha256, byte[] bytes) {
        catalog.saveImage(sha256, bytes);
    }

    public synchronized List<CashierRecord> cashiers() {
        return catalog.cashiers();
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new JournalException("cannot close the journal", e);
        }
    }

    // ---- plumbing ------------------------------------------------------------------------------------------

    interface SqlWork {
        void run() throws SQLException;
    }

    void inTransaction(SqlWork work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new JournalException("a journal transaction failed", e);
        }
    }

    private int queryInt(String sql) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new JournalException("cannot query the journal", e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("wire records always serialize", e);
        }
    }

    <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new JournalException("the journal holds an unreadable " + type.getSimpleName(), e);
        }
    }
}
