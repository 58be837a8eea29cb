package dev.regulars.pos.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The customer cache's two tables (customers by phone hash, cards by number) and their indexes, as they are made
 * in the cache's own file (attached as {@value JournalDb#CACHE}) and in a fill's file (CustomerFill).
 */
final class CustomerTables {

    private CustomerTables() {
    }

    /** Makes the tables and indexes in the schema {@code schema} ("cache", "main"), without rows. */
    static void create(Statement st, String schema) throws SQLException {
        tables(st, schema);
        indexes(st, schema);
    }

    /** The tables alone: a fill fills them first and indexes them after (CustomerFill). */
    static void tables(Statement st, String schema) throws SQLException {
        st.executeUpdate("CREATE TABLE " + schema + ".customer_cache (phone_hmac TEXT PRIMARY KEY, customer_id TEXT,"
                + " first_name TEXT, balance INTEGER NOT NULL, tier TEXT, referral_due INTEGER NOT NULL DEFAULT 0)");
        st.executeUpdate("CREATE TABLE " + schema + ".card_cache (card_number TEXT PRIMARY KEY,"
                + " customer_id TEXT NOT NULL)");
    }

    /** The indexes by customer id: a card's customer, an erased customer's rows. */
    static void indexes(Statement st, String schema) throws SQLException {
        st.executeUpdate("CREATE INDEX " + schema + ".ix_customer_cache_id ON customer_cache (customer_id)");
        st.executeUpdate("CREATE INDEX " + schema + ".ix_card_customer ON card_cache (customer_id)");
    }

    /**
     * Journal version 11: the tables move from the journal's file into the cache's, in the migration's transaction.
     * WAL makes a transaction over two files atomic in each file alone: a crash that kept the journal's half and
     * lost the cache's leaves no cache tables, and {@link #ensure} starts a full pull again.
     */
    static void moveToTheirFile(Statement st) throws SQLException {
        st.executeUpdate("DROP TABLE IF EXISTS " + JournalDb.CACHE + ".customer_cache");
        st.executeUpdate("DROP TABLE IF EXISTS " + JournalDb.CACHE + ".card_cache");
        tables(st, JournalDb.CACHE);
        // in key order, and the indexes after: sorted once, not a random insert per customer
        st.executeUpdate("INSERT INTO " + JournalDb.CACHE + ".customer_cache SELECT phone_hmac, customer_id,"
                + " first_name, balance, tier, referral_due FROM main.customer_cache ORDER BY phone_hmac");
        st.executeUpdate("INSERT INTO " + JournalDb.CACHE + ".card_cache SELECT card_number, customer_id"
                + " FROM main.card_cache ORDER BY card_number");
        indexes(st, JournalDb.CACHE);
        st.executeUpdate("DROP TABLE main.customer_cache");
        st.executeUpdate("DROP TABLE main.card_cache");
    }

    /**
     * At every opening of a journal of version 11: a cache file that is missing or lost its tables (deleted by
     * hand, or a crash in the migration) is made again empty, and the cursor goes back to 0, so the next pull
     * fetches every customer again rather than leaving a cache believed complete.
     */
    static void ensure(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + JournalDb.CACHE + ".sqlite_master"
                     + " WHERE type = 'table' AND name IN ('customer_cache', 'card_cache')")) {
            if (rs.getInt(1) == 2) {
                return;
            }
        }
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("DROP TABLE IF EXISTS " + JournalDb.CACHE + ".customer_cache");
            st.executeUpdate("DROP TABLE IF EXISTS " + JournalDb.CACHE + ".card_cache");
            create(st, JournalDb.CACHE);
            st.executeUpdate("DELETE FROM main.setting WHERE key = 'cursor'");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
    }
}
