package dev.regulars.pos.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regulars.core.sync.WireJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;

/**
 * The journal's connections and the one lock every part of it takes (Journal, ShiftBook, RefundQueue,
 * CustomerCache, CatalogCache, Settings): SQLite's connection serves one thread at a time, so nothing may touch
 * {@link #connection} without {@link #withLock}. Lookups read on a second connection ({@link #reading}); a third,
 * made when first needed, copies the WAL into the database after a page of changes ({@link #checkpoint}).
 *
 * <p>The customer cache lives in a database file of its own beside the journal ({@link #cacheFile}), attached to
 * every connection as {@value #CACHE}: a first fill builds a whole new cache in a third file without the journal's
 * lock and {@link #replaceCache} swaps the files by a rename, so a sale never waits for a million customers'
 * indexes (CustomerFill). Its tables' names are unique, so statements name them without the schema.
 */
final class JournalDb implements AutoCloseable {

    /** WAL pages after which SQLite copies the WAL into the database by itself (40 MB rather than 4). */
    static final int WAL_AUTOCHECKPOINT_PAGES = 10_000;
    /** The writing connection's page cache, in KB. */
    static final int WRITER_CACHE_KB = 64 * 1024;

    /** Work on the writing connection that may throw SQLException. */
    interface SqlWork {
        void run() throws SQLException;
    }

    /** The schema name the customer cache's file is attached as. */
    static final String CACHE = "cache";

    final Connection connection;
    /**
     * A second connection for the cashier's customer lookups: in WAL mode it reads what is committed while the
     * first one writes, so a lookup never waits for a sync's transaction or a sale's commit.
     */
    final Connection reader;
    private final String url;
    /** The customer cache's file. */
    final Path cacheFile;
    private final ObjectMapper json = WireJson.mapper();
    private final ReentrantLock lock = new ReentrantLock(true);
    private final ReentrantLock readLock = new ReentrantLock(true);
    private final Object checkpointing = new Object();
    private Connection checkpointer;
    private boolean closed;

    private JournalDb(Connection connection, Connection reader, String url, Path cacheFile) {
        this.connection = connection;
        this.reader = reader;
        this.url = url;
        this.cacheFile = cacheFile;
    }

    /** The customer cache's file for the journal at {@code journal}: journal.db's is journal-customers.db. */
    static Path cacheFile(Path journal) {
        return journal.resolveSibling(journal.getFileName().toString().replaceFirst("\\.db$", "")
                + "-customers.db");
    }

    /**
     * Opens the writing connection (WAL, synchronous=FULL) with the cache's file attached, migrates the schema,
     * then opens the reader.
     */
    static JournalDb open(Path file) throws SQLException {
        String url = "jdbc:sqlite:" + file;
        Path cacheFile = cacheFile(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        Connection connection = config.createConnection(url);
        try (Statement st = connection.createStatement()) {
            // a sale adds a few pages to the WAL, a page of a first fill thousands: applyChanges checkpoints after
            // each page on a connection of its own, outside the lock, so a sale's commit rarely has much to copy
            st.execute("PRAGMA wal_autocheckpoint = " + WAL_AUTOCHECKPOINT_PAGES);
            // 64 MB of pages in memory rather than 2 MB: a million customers' phone hashes and ids are two indexes
            // of some 100 MB written in random order, and every page that misses is read again from the file (on
            // 200,000 customers the larger cache alone saved 7 % of the fill's CPU; more as the indexes grow)
            st.execute("PRAGMA cache_size = -" + WRITER_CACHE_KB);
        }
        attachCache(connection, cacheFile);
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA " + CACHE + ".cache_size = -" + WRITER_CACHE_KB);
        }
        JournalSchema.migrate(connection);
        Connection reader = config.createConnection(url);
        attachCache(reader, cacheFile);
        try (Statement st = reader.createStatement()) {
            st.execute("PRAGMA query_only = 1");
        }
        return new JournalDb(connection, reader, url, cacheFile);
    }

    /** Attaches the cache's file (made when missing) as {@value #CACHE}, in WAL mode and synced as the journal. */
    private static void attachCache(Connection c, Path cacheFile) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("ATTACH DATABASE ? AS " + CACHE)) {
            ps.setString(1, cacheFile.toString());
            ps.execute();
        }
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA " + CACHE + ".journal_mode = WAL");
            st.execute("PRAGMA " + CACHE + ".synchronous = FULL");
        }
    }

    private static void detachCache(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DETACH DATABASE " + CACHE);
        }
    }

    /**
     * Puts {@code replacement} (a complete cache, closed) in the place of the cache's file: every connection lets
     * the old file go, the new one is renamed over it (atomic: after a crash the old or the new file is there,
     * whole) and attached again. {@code beforeSwap} runs first on the writing connection. Sales wait for all of it
     * (the journal's lock), lookups only for the reader's part (a detach, a rename, an attach): milliseconds,
     * whatever the caches hold, as the old file's WAL is copied into it first, outside every lock.
     */
    void replaceCache(Path replacement, SqlWork beforeSwap) {
        checkpoint();
        withLockDo(() -> {
            try {
                beforeSwap.run();
                synchronized (checkpointing) {
                    detachCache(connection);
                    if (checkpointer != null) {
                        detachCache(checkpointer);
                    }
                    readLock.lock();
                    try {
                        detachCache(reader);
                        // the old file's WAL went with its last connection; one left would be read into the new file
                        Files.deleteIfExists(Path.of(cacheFile + "-wal"));
                        Files.deleteIfExists(Path.of(cacheFile + "-shm"));
                        Files.move(replacement, cacheFile, StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.ATOMIC_MOVE);
                        attachCache(reader, cacheFile);
                        try (Statement st = reader.createStatement()) {
                            st.execute("PRAGMA query_only = 1");
                        }
                    } finally {
                        readLock.unlock();
                    }
                    attachCache(connection, cacheFile);
                    try (Statement st = connection.createStatement()) {
                        st.execute("PRAGMA " + CACHE + ".cache_size = -" + WRITER_CACHE_KB);
                    }
                    if (checkpointer != null) {
                        attachCache(checkpointer, cacheFile);
                    }
                }
            } catch (SQLException | IOException e) {
                throw new JournalException("cannot put the filled customer cache in place", e);
            }
        });
    }

    /**
     * Runs {@code work} holding the journal: its one connection serves one thread at a time. The lock is fair, so
     * a thread that waits goes before one that comes back for more (a first fill writing slice after slice lets
     * the cashier's sale in between two slices). Reentrant: a part may call another while holding it.
     */
    <T> T withLock(Supplier<T> work) {
        return holding(lock, work);
    }

    void withLockDo(Runnable work) {
        withLock(() -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} on the reading connection ({@link #reader}), one thread at a time. */
    <T> T reading(Supplier<T> work) {
        return holding(readLock, work);
    }

    private static <T> T holding(ReentrantLock held, Supplier<T> work) {
        held.lock();
        try {
            return work.get();
        } finally {
            held.unlock();
        }
    }

    /** One transaction on the writing connection; the caller holds the lock. */
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

    /**
     * A transaction of what the server sent, committed without waiting for the disk ({@code synchronous=NORMAL}):
     * it can be asked for again, a power cut takes only the newest such transactions away whole (WAL), never
     * reorders them or harms the file, and the next sale's commit (FULL, as always) syncs all before it.
     */
    void unsynced(SqlWork work) {
        pragma("PRAGMA main.synchronous = NORMAL");
        pragma("PRAGMA " + CACHE + ".synchronous = NORMAL");
        try {
            inTransaction(work);
        } finally {
            pragma("PRAGMA main.synchronous = FULL");
            pragma("PRAGMA " + CACHE + ".synchronous = FULL");
        }
    }

    /**
     * Turns SQLite's own checkpoint off while pages of changes are written, and on again after (ChangeWriter).
     * SQLite checkpoints in the commit that crosses {@link #WAL_AUTOCHECKPOINT_PAGES}, holding the journal's lock,
     * and syncs both files: a page of a first fill crossed it in one of its transactions, or in a sale committed
     * between two, and a sale waited seconds. The pages' own checkpoints, outside the lock, copy the WAL instead.
     * The caller holds the lock.
     */
    void autocheckpoint(boolean on) {
        pragma("PRAGMA wal_autocheckpoint = " + (on ? WAL_AUTOCHECKPOINT_PAGES : 0));
    }

    private void pragma(String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new JournalException("cannot set " + sql, e);
        }
    }

    /**
     * Copies the WAL into the database on a connection of its own, without the journal's lock: the cashier's sales
     * and lookups go on meanwhile (WAL lets them), and a page's thousands of pages are copied once each, not at
     * every slice. A checkpoint that cannot finish now is finished by a later one.
     */
    void checkpoint() {
        synchronized (checkpointing) {
            if (closed) {
                return;
            }
            try {
                if (checkpointer == null) {
                    SQLiteConfig config = new SQLiteConfig();
                    config.setBusyTimeout(5_000);
                    checkpointer = config.createConnection(url);
                    attachCache(checkpointer, cacheFile);
                }
                try (Statement st = checkpointer.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(PASSIVE)");
                }
            } catch (SQLException e) {
                throw new JournalException("cannot checkpoint the journal", e);
            }
        }
    }

    /** A single integer, such as a count; the caller holds the lock. */
    long queryLong(String sql) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.getLong(1);
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

    /** Closes the checkpointer, the reader and the writer, waiting for whoever holds them. */
    @Override
    public void close() {
        withLockDo(() -> {
            try {
                synchronized (checkpointing) {
                    closed = true;
                    if (checkpointer != null) {
                        checkpointer.close();
                    }
                }
                readLock.lock();
                try {
                    reader.close();
                } finally {
                    readLock.unlock();
                }
                connection.close();
            } catch (SQLException e) {
                throw new JournalException("cannot close the journal", e);
            }
        });
    }
}
