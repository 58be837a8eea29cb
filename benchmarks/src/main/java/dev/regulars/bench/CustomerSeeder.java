package dev.regulars.bench;

import dev.regulars.core.phone.PhoneHmac;
import dev.regulars.core.phone.PhoneNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;

/**
 * Fills a business with realistic customers (Dutch mobile numbers +3162xxxxxxx, their phone hashes, first names,
 * consents) and ten ledger entries each, with balances that equal the sum of the entries. Idempotent: it adds only
 * the customers that are missing.
 */
public final class CustomerSeeder {

    static final String PHONE_PREFIX = "+3162";
    private static final String[] NAMES = {"Anna", "Bram", "Chloé", "Daan", "Emma", "Finn", "Julia", "Lars",
            "Mila", "Noah", "Olga", "Pim", "Saar", "Tess", "Yara", "Zoë", null};
    private static final int BATCH = 5_000;
    static final int ENTRIES_PER_CUSTOMER = 10;
    static final int POINTS_PER_ENTRY = 10;

    private CustomerSeeder() {
    }

    static String phoneOf(int i) {
        return PHONE_PREFIX + String.format("%07d", i);
    }

    /** @return how many customers were added */
    static int seed(Connection db, String businessId, String phoneKey, int customers) throws SQLException {
        int existing = count(db, "SELECT COUNT(*) FROM customer WHERE business_id = '" + businessId
                + "' AND phone_e164 LIKE '" + PHONE_PREFIX + "%'");
        if (existing >= customers) {
            return 0;
        }
        PhoneHmac hmac = PhoneHmac.fromBase64(phoneKey);
        Random random = new Random(42);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        db.setAutoCommit(false);
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO customer (id, business_id, phone_e164,"
                + " phone_hmac, first_name, points_balance, visits, total_spend_minor, enrolled_at, change_seq, tier)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, 0, 'Bronze')")) {
            for (int i = existing; i < customers; i++) {
                String phone = phoneOf(i);
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, businessId);
                ps.setString(3, phone);
                ps.setString(4, hmac.of(new PhoneNumber(phone)));
                ps.setString(5, NAMES[random.nextInt(NAMES.length)]);
                ps.setLong(6, (long) ENTRIES_PER_CUSTOMER * POINTS_PER_ENTRY);
                ps.setObject(7, now);
                ps.addBatch();
                if ((i + 1) % BATCH == 0) {
                    ps.executeBatch();
                    db.commit();
                }
            }
            ps.executeBatch();
            db.commit();
        }
        // ten entries per new customer, made by MariaDB itself from its sequence engine, with ids reserved from
        // the server's id generator (a running server holds a block of ids in memory)
        long firstId = reserveLedgerIds(db, (long) (customers - existing) * ENTRIES_PER_CUSTOMER);
        try (Statement st = db.createStatement()) {
            st.execute("SET @ledger_id := " + (firstId - 1));
            st.executeUpdate("INSERT INTO ledger_entry (id, customer_id, entry_type, points, note, created_at,"
                    + " effective_at) SELECT (@ledger_id := @ledger_id + 1), c.id, 'ADJUSTMENT', " + POINTS_PER_ENTRY
                    + ", 'seed', NOW(6), NOW(6)"
                    + " FROM customer c JOIN seq_1_to_" + ENTRIES_PER_CUSTOMER + " s"
                    + " WHERE c.business_id = '" + businessId + "' AND c.phone_e164 LIKE '" + PHONE_PREFIX + "%'"
                    + " AND c.phone_e164 >= '" + phoneOf(existing) + "'");
            // consents per channel, as the server keeps them (customer_consent): two customers in three agreed
            st.executeUpdate("INSERT IGNORE INTO customer_consent (customer_id, channel, granted, changed_at, source)"
                    + " SELECT c.id, ch.channel, CRC32(c.id) % 3 > 0, NOW(6), 'seed' FROM customer c CROSS JOIN"
                    + " (SELECT 'SMS' AS channel UNION ALL SELECT 'EMAIL' UNION ALL SELECT 'PUSH') ch"
                    + " WHERE c.business_id = '" + businessId + "' AND c.phone_e164 LIKE '" + PHONE_PREFIX + "%'"
                    + " AND c.phone_e164 >= '" + phoneOf(existing) + "'");
        }
        db.commit();
        db.setAutoCommit(true);
        return customers - existing;
    }

    /** Takes {@code count} ledger entry ids from the server's generator; returns the first. */
    static long reserveLedgerIds(Connection db, long count) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            long first;
            try (ResultSet rs = st.executeQuery(
                    "SELECT next_value FROM id_generator WHERE name = 'ledger_entry' FOR UPDATE")) {
                rs.next();
                first = rs.getLong(1);
            }
            st.executeUpdate("UPDATE id_generator SET next_value = " + (first + count)
                    + " WHERE name = 'ledger_entry'");
            db.commit();
            return first;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    static int count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
