package dev.regulars.pos.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The journal's tables, and the steps from each earlier version (PRAGMA user_version) to the current one. */
final class JournalSchema {

    private static final int SCHEMA_VERSION = 11;

    private JournalSchema() {
    }

    static void migrate(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.getInt(1);
            }
            if (version > SCHEMA_VERSION) {
                // a till of an older version must not write into a journal whose tables it does not know
                throw new SQLException("this journal was written by a newer till (journal version " + version
                        + ", this till knows up to " + SCHEMA_VERSION + "): install that till's version again");
            }
            if (version == SCHEMA_VERSION) {
                CustomerTables.ensure(connection);
                return;
            }
            connection.setAutoCommit(false);
            if (version < 1) {
                createVersion1(st);
            }
            if (version < 2) {
                // tiers and referral discounts in the cache
                st.executeUpdate("ALTER TABLE customer_cache ADD COLUMN tier TEXT");
                st.executeUpdate("ALTER TABLE customer_cache ADD COLUMN referral_due INTEGER NOT NULL DEFAULT 0");
            }
            if (version < 3) {
                // refunds wait here until the server has them, like sales
                st.executeUpdate("""
                        CREATE TABLE refund (
                            seq INTEGER PRIMARY KEY AUTOINCREMENT,
                            refund_id TEXT NOT NULL UNIQUE,
                            payload TEXT NOT NULL,
                            recorded_at TEXT NOT NULL,
                            synced INTEGER NOT NULL DEFAULT 0,
                            outcome TEXT)""");
            }
            if (version < 4) {
                // cards linked to customers, so a scanned card identifies offline
                st.executeUpdate("CREATE TABLE card_cache (card_number TEXT PRIMARY KEY, customer_id TEXT NOT NULL)");
                st.executeUpdate("CREATE INDEX ix_card_customer ON card_cache (customer_id)");
                st.executeUpdate("CREATE INDEX ix_customer_cache_id ON customer_cache (customer_id)");
            }
            if (version < 5) {
                // the catalog as the admin manages it: VAT, barcodes, pictures, modifier groups (the wire's JSON),
                // the grid's order; categories with colours; fetched pictures by SHA-256
                st.executeUpdate("ALTER TABLE catalog ADD COLUMN vat_rate_bp INTEGER NOT NULL DEFAULT 0");
                st.executeUpdate("ALTER TABLE catalog ADD COLUMN barcode TEXT");
                st.executeUpdate("ALTER TABLE catalog ADD COLUMN image_sha256 TEXT");
                st.executeUpdate("ALTER TABLE catalog ADD COLUMN modifier_groups TEXT NOT NULL DEFAULT '[]'");
                st.executeUpdate("ALTER TABLE catalog ADD COLUMN position INTEGER NOT NULL DEFAULT 0");
                st.executeUpdate("CREATE INDEX ix_catalog_barcode ON catalog (barcode)");
                st.executeUpdate("CREATE INDEX ix_catalog_category ON catalog (category, position)");
                st.executeUpdate("CREATE TABLE catalog_category (name TEXT PRIMARY KEY, colour TEXT NOT NULL,"
                        + " position INTEGER NOT NULL)");
                st.executeUpdate("CREATE TABLE catalog_image (sha256 TEXT PRIMARY KEY, bytes BLOB NOT NULL)");
            }
            if (version < 6) {
                // the tamper-evident chain over sales and refunds (JournalChain), and what each receipt showed
                st.executeUpdate("""
                        CREATE TABLE chain (
                            seq INTEGER PRIMARY KEY AUTOINCREMENT,
                            kind TEXT NOT NULL,
                            entry_id TEXT NOT NULL,
                            payload_sha256 TEXT NOT NULL,
                            prev_hash TEXT NOT NULL,
                            hash TEXT NOT NULL,
                            UNIQUE (kind, entry_id))""");
                st.executeUpdate("ALTER TABLE sale ADD COLUMN receipt_facts TEXT");
                JournalChain.linkExisting(connection);
            }
            if (version < 7) {
                // managers' PINs approve large discounts, refunds and leaving the kiosk
                st.executeUpdate("ALTER TABLE cashier ADD COLUMN manager INTEGER NOT NULL DEFAULT 0");
            }
            if (version < 8) {
                // refunds found by their sale; shifts with their Z report (chained like sales)
                st.executeUpdate("ALTER TABLE refund ADD COLUMN sale_id TEXT");
                st.executeUpdate("UPDATE refund SET sale_id = json_extract(payload, '$.saleId')");
                st.executeUpdate("CREATE INDEX ix_refund_sale ON refund (sale_id)");
                st.executeUpdate("""
                        CREATE TABLE shift (
                            seq INTEGER PRIMARY KEY AUTOINCREMENT,
                            shift_id TEXT NOT NULL UNIQUE,
                            opened_at TEXT NOT NULL,
                            opened_by TEXT,
                            opening_cash INTEGER NOT NULL,
                            after_sale INTEGER NOT NULL, -- the shift's sales and refunds are those journalled
                            after_refund INTEGER NOT NULL, -- after these numbers
                            closed_at TEXT,
                            payload TEXT, -- the ShiftRecord with its Z report, written at the close
                            synced INTEGER NOT NULL DEFAULT 0,
                            outcome TEXT)""");
            }
            if (version < 9) {
                // every opening of the cash drawer (DrawerLog): a no-sale by a cashier, the kick at a shift's opening
                // and at its Z report; chained like sales, since a no-sale is what shops audit
                st.executeUpdate("""
                        CREATE TABLE drawer_open (
                            seq INTEGER PRIMARY KEY AUTOINCREMENT,
                            drawer_open_id TEXT NOT NULL UNIQUE,
                            payload TEXT NOT NULL,
                            opened_at TEXT NOT NULL,
                            cashier_id TEXT,
                            reason TEXT NOT NULL,
                            shift_id TEXT)""");
                st.executeUpdate("CREATE INDEX ix_drawer_open_shift ON drawer_open (shift_id, reason)");
            }
            if (version < 10) {
                chainVersion2(connection, st);
            }
            if (version < 11) {
                // the customer cache in a file of its own (JournalDb.cacheFile), so a first fill can build a new one
                // beside it and swap the files
                CustomerTables.moveToTheirFile(st);
            }
            st.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
            connection.commit();
        } catch (SQLException e) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Links of the second form (JournalChain): links written before keep the first; Z reports keep the chain's
     * head; a shift open now has its opening linked, as every shift opened from now on will.
     */
    private static void chainVersion2(Connection connection, Statement st) throws SQLException {
        st.executeUpdate("ALTER TABLE chain ADD COLUMN version INTEGER NOT NULL DEFAULT 1");
        st.executeUpdate("ALTER TABLE shift ADD COLUMN chain_hash TEXT");
        st.executeUpdate("ALTER TABLE shift ADD COLUMN chain_links INTEGER");
        st.executeUpdate("ALTER TABLE shift ADD COLUMN last_receipt INTEGER");
        List<String> open = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT shift_id FROM shift WHERE closed_at IS NULL ORDER BY seq")) {
            while (rs.next()) {
                open.add(rs.getString(1));
            }
        }
        for (String shiftId : open) {
            JournalChain.append(connection, JournalChain.Kind.SHIFT_OPEN, shiftId);
        }
    }

    private static void createVersion1(Statement st) throws SQLException {
        st.executeUpdate("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        st.executeUpdate("""
                CREATE TABLE sale (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    sale_id TEXT NOT NULL UNIQUE,
                    payload TEXT NOT NULL,
                    phone_hmac TEXT,
                    points_redeemed INTEGER NOT NULL,
                    points_earned INTEGER NOT NULL, -- what the sale adds: earned plus any welcome bonus
                    recorded_at TEXT NOT NULL,
                    synced INTEGER NOT NULL DEFAULT 0, -- 0 queued, 1 settled by the server, 2 rejected: held
                                                       -- for a manager, not resent on its own
                    outcome TEXT)""");
        st.executeUpdate("CREATE INDEX ix_sale_unsynced ON sale (synced, seq)");
        st.executeUpdate("CREATE INDEX ix_sale_phone ON sale (phone_hmac, synced)");
        st.executeUpdate("""
                CREATE TABLE customer_cache (
                    phone_hmac TEXT PRIMARY KEY,
                    customer_id TEXT,
                    first_name TEXT,
                    balance INTEGER NOT NULL)""");
        st.executeUpdate("CREATE TABLE catalog (sku TEXT PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL,"
                + " price_minor INTEGER NOT NULL)");
        st.executeUpdate("CREATE TABLE cashier (id TEXT PRIMARY KEY, name TEXT NOT NULL, pin_hash TEXT NOT NULL)");
    }
}
