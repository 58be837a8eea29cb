package dev.regulars.pos.journal;

import dev.regulars.core.sync.CustomerCacheRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;

/**
 * A till's first fill of its customer cache (a pull from cursor 0 with more pages to come), built in a database
 * file of its own beside the journal, on a connection of its own: the journal's lock is never taken for it, so a
 * sale or a lookup never waits for it. The pages after the first are appended to tables without indexes (into the
 * indexed cache every customer cost a random insert into two indexes); the last page turns them into the cache's
 * tables, sorted by phone hash, with their indexes, and {@link JournalDb#replaceCache} swaps the file in by a
 * rename. Until then the cache holds what it held before (the pairing's first page, customers found or enrolled
 * meanwhile), so a lookup reads a small cache and asks the server for the others.
 *
 * <p>The file holds the cursor of the last page written into it, in the same transaction as the page's customers:
 * a fill cut off anywhere (kill -9, power cut) resumes from that cursor ({@link #resumeFrom}), and a page written
 * twice leaves duplicates the end removes, keeping a phone's last row. A file without a cursor (cut off while
 * starting) is thrown away and the pull starts again from 0; a complete file not yet swapped in is swapped in when
 * the journal opens. Used by one thread at a time (the sync's).
 */
final class CustomerFill {

    private final Path file;
    /** Open while a fill is under way; null otherwise. */
    private Connection connection;

    CustomerFill(Path journal) {
        this.file = journal.resolveSibling(journal.getFileName().toString().replaceFirst("\\.db$", "")
                + "-customers-fill.db");
    }

    Path file() {
        return file;
    }

    /** Whether a fill is under way (its file is there with a cursor). */
    boolean underWay() {
        return connection != null;
    }

    /**
     * At the journal's opening: picks up a fill left by the last run. Returns the cursor to pull from (the last
     * page the fill holds) when one is under way; empty when there is none or it was thrown away.
     *
     * @throws JournalException when the file cannot be read
     */
    OptionalLong resumeFrom() {
        if (!Files.exists(file)) {
            return OptionalLong.empty();
        }
        try {
            connection = open();
            OptionalLong cursor = state("cursor");
            if (cursor.isEmpty()) {
                discard();
            }
            return cursor;
        } catch (SQLException e) {
            // a file too damaged to read (a power cut while it was made): the pull starts again
            discard();
            return OptionalLong.empty();
        }
    }

    /** Whether the fill's file is finished (its last page written and its indexes built), not yet swapped in. */
    boolean complete() {
        return underWay() && state("complete").orElse(0) == 1;
    }

    /** Makes the fill's file, empty, holding the first page's cursor (synced: the journal's cursor moves next). */
    void start(long cursor) {
        discard();
        try {
            connection = open();
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA synchronous = FULL");
                connection.setAutoCommit(false);
                st.executeUpdate("CREATE TABLE customer_fill (phone_hmac TEXT NOT NULL, customer_id TEXT,"
                        + " first_name TEXT, balance INTEGER NOT NULL, tier TEXT,"
                        + " referral_due INTEGER NOT NULL DEFAULT 0)");
                // seq: the rowid of the customer's row the cards came with; a customer's last row says its cards
                st.executeUpdate("CREATE TABLE card_fill (seq INTEGER NOT NULL, customer_id TEXT NOT NULL,"
                        + " card_number TEXT NOT NULL)");
                // customers erased while the fill ran: none of their rows may stay
                st.executeUpdate("CREATE TABLE forgotten (customer_id TEXT NOT NULL)");
                st.executeUpdate("CREATE TABLE fill_state (cursor INTEGER NOT NULL,"
                        + " complete INTEGER NOT NULL DEFAULT 0)");
                st.executeUpdate("INSERT INTO fill_state (cursor) VALUES (" + cursor + ")");
                connection.commit();
                connection.setAutoCommit(true);
                st.execute("PRAGMA synchronous = NORMAL");
            }
        } catch (SQLException e) {
            discard();
            throw new JournalException("cannot start the customer fill", e);
        }
    }

    /**
     * Appends a page's customers and moves the fill's cursor, in one transaction of the fill's file (not synced:
     * a power cut takes the newest pages away whole, and the fill resumes before them). An erased customer's row
     * is kept aside: the end drops every row of theirs.
     */
    void append(List<CustomerCacheRow> rows, long cursor) {
        inTransaction("cannot write a page of the customer fill", () -> {
            long seq;
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(rowid), 0) FROM customer_fill")) {
                seq = rs.getLong(1);
            }
            try (PreparedStatement customer = connection.prepareStatement("INSERT INTO customer_fill (rowid,"
                    + " phone_hmac, customer_id, first_name, balance, tier, referral_due)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement card = connection.prepareStatement(
                         "INSERT INTO card_fill (seq, customer_id, card_number) VALUES (?, ?, ?)");
                 PreparedStatement forget = connection.prepareStatement(
                         "INSERT INTO forgotten (customer_id) VALUES (?)");
                 PreparedStatement moved = connection.prepareStatement("UPDATE fill_state SET cursor = ?")) {
                for (CustomerCacheRow row : rows) {
                    String id = row.customerId().toString();
                    if (row.forget()) {
                        forget.setString(1, id);
                        forget.addBatch();
                        continue;
                    }
                    seq++;
                    customer.setLong(1, seq);
                    CustomerCache.bind(customer, 2, row);
                    customer.addBatch();
                    for (String number : row.cardNumbers()) {
                        card.setLong(1, seq);
                        card.setString(2, id);
                        card.setString(3, number);
                        card.addBatch();
                    }
                }
                customer.executeBatch();
                card.executeBatch();
                forget.executeBatch();
                moved.setLong(1, cursor);
                moved.executeUpdate();
            }
        });
    }

    /**
     * Turns the appended rows into the cache's tables (CustomerTables), in one transaction of the fill's file:
     * each phone's last row, inserted in phone order (the primary key's tree grows at its end); each customer's
     * cards from their last row; the indexes built by sorting once; nobody erased meanwhile. Then the file is
     * marked complete and closed, ready for {@link JournalDb#replaceCache}. Seconds for a million, on this thread
     * alone.
     */
    void finish() {
        try (Statement st = connection.createStatement()) {
            // a rollback journal for this one: the new tables' pages are appended to the file without a copy in a
            // WAL that the close would copy again
            st.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw new JournalException("cannot finish the customer fill", e);
        }
        inTransaction("cannot finish the customer fill", () -> {
            try (Statement st = connection.createStatement()) {
                st.executeUpdate("DELETE FROM customer_fill WHERE customer_id IN (SELECT customer_id FROM forgotten)");
                st.executeUpdate("DELETE FROM card_fill WHERE customer_id IN (SELECT customer_id FROM forgotten)");
                st.executeUpdate("DROP TABLE IF EXISTS customer_cache");
                st.executeUpdate("DROP TABLE IF EXISTS card_cache");
                CustomerTables.tables(st, "main");
                // ties in phone order by rowid: a phone listed twice ends with its last row
                st.executeUpdate("INSERT OR REPLACE INTO customer_cache (phone_hmac, customer_id, first_name, balance,"
                        + " tier, referral_due) SELECT phone_hmac, customer_id, first_name, balance, tier, referral_due"
                        + " FROM customer_fill ORDER BY phone_hmac, rowid");
                // a customer listed more than once (changed during the fill, a page written again) has the cards of
                // their last row; in the fill's order, so a card two customers listed ends with the later
                st.executeUpdate("CREATE TEMP TABLE relisted AS SELECT customer_id, MAX(rowid) AS last"
                        + " FROM customer_fill GROUP BY customer_id HAVING COUNT(*) > 1");
                st.executeUpdate("CREATE INDEX temp.ix_relisted ON relisted (customer_id)");
                st.executeUpdate("INSERT OR REPLACE INTO card_cache (card_number, customer_id)"
                        + " SELECT k.card_number, k.customer_id FROM card_fill k WHERE NOT EXISTS"
                        + " (SELECT 1 FROM relisted r WHERE r.customer_id = k.customer_id AND r.last <> k.seq)"
                        + " ORDER BY k.seq");
                st.executeUpdate("DROP TABLE temp.relisted");
                CustomerTables.indexes(st, "main");
                st.executeUpdate("DROP TABLE customer_fill");
                st.executeUpdate("DROP TABLE card_fill");
                st.executeUpdate("UPDATE fill_state SET complete = 1");
            }
        });
        try (Statement st = connection.createStatement()) {
            // WAL again, as the cache's file is used: attaching it then changes nothing in it
            st.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw new JournalException("cannot finish the customer fill", e);
        }
    }

    /** One transaction of the fill's file; JournalException with {@code failure} when it fails (rolled back). */
    private void inTransaction(String failure, JournalDb.SqlWork work) {
        try {
            connection.setAutoCommit(false);
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw new JournalException(failure, e);
        } finally {
            autoCommit();
        }
    }

    /**
     * The part of the swap that holds the journal's lock (run by JournalDb#replaceCache on the writing connection,
     * in a transaction of its own): the customers and cards the cache gained while the fill ran (the pairing's
     * page, customers found by the server or enrolled here) join the fill unless it has them, as it holds the
     * server's word up to its cursor; the erased stay out. A few thousand rows at most.
     */
    void mergeInto(JournalDb db) throws SQLException {
        close();
        try (PreparedStatement attach = db.connection.prepareStatement("ATTACH DATABASE ? AS fill")) {
            attach.setString(1, file.toString());
            attach.execute();
        }
        try {
            db.inTransaction(() -> {
                try (Statement st = db.connection.createStatement()) {
                    st.executeUpdate("INSERT OR IGNORE INTO fill.card_cache (card_number, customer_id)"
                            + " SELECT k.card_number, k.customer_id FROM cache.card_cache k WHERE NOT EXISTS"
                            + " (SELECT 1 FROM fill.customer_cache c WHERE c.customer_id = k.customer_id)"
                            + " AND k.customer_id NOT IN (SELECT customer_id FROM fill.forgotten)");
                    st.executeUpdate("INSERT OR IGNORE INTO fill.customer_cache (phone_hmac, customer_id, first_name,"
                            + " balance, tier, referral_due) SELECT phone_hmac, customer_id, first_name, balance,"
                            + " tier, referral_due FROM cache.customer_cache WHERE customer_id IS NULL"
                            + " OR customer_id NOT IN (SELECT customer_id FROM fill.forgotten)");
                }
            });
        } finally {
            try (Statement st = db.connection.createStatement()) {
                st.execute("DETACH DATABASE fill");
            }
        }
    }

    /**
     * After the swap, on the writing connection holding the lock: the fill's own two tables leave the cache's file.
     * They stay until then: a till stopped between the merge and the rename finds the fill complete at its next
     * opening and merges again.
     */
    static void tidy(JournalDb db) {
        db.inTransaction(() -> {
            try (Statement st = db.connection.createStatement()) {
                st.executeUpdate("DROP TABLE IF EXISTS " + JournalDb.CACHE + ".forgotten");
                st.executeUpdate("DROP TABLE IF EXISTS " + JournalDb.CACHE + ".fill_state");
            }
        });
    }

    /** Closes the fill's connection, if open (its WAL copied into its file and removed). */
    void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new JournalException("cannot close the customer fill", e);
            } finally {
                connection = null;
            }
        }
    }

    /** Closes and deletes the fill's file and its WAL, if any. */
    void discard() {
        try {
            close();
        } catch (JournalException ignored) {
            // the file goes all the same
        }
        try {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        } catch (IOException e) {
            throw new JournalException("cannot remove the customer fill's file", e);
        }
    }

    private Connection open() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = NORMAL");
            st.execute("PRAGMA cache_size = -" + JournalDb.WRITER_CACHE_KB);
        }
        return c;
    }

    /** A column of the fill's state row; empty when the file has no such row (cut off while starting). */
    private OptionalLong state(String column) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + column + " FROM fill_state")) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("no such table")) {
                return OptionalLong.empty();
            }
            throw new JournalException("cannot read the customer fill's state", e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the failure being reported says more
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken: the next use reports it
        }
    }
}
