package dev.regulars.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Ten million sales for the owner's figures, written by MariaDB itself (INSERT ... SELECT over the seeded customers
 * and its sequence engine): each customer's first visit on a day of the year before last, then a visit every 5 to
 * 34 days, paying 2 to 20 EUR at one of four stores (two cafés and two bakeries, two business lines), the first sale
 * marked as the enrolling one; ids in order, so the primary key grows at its end as a real sale table's does.
 */
final class AnalyticsSeeder {

    private static final int CUSTOMERS_PER_STATEMENT = 100_000;

    private AnalyticsSeeder() {
    }

    /** The business's store and three more in two lines; returns the four store ids. */
    static List<String> storesAndLines(Connection db, String businessId, String firstStore) throws Exception {
        String cafes = UUID.randomUUID().toString();
        String bakeries = UUID.randomUUID().toString();
        List<String> stores = new ArrayList<>(List.of(firstStore));
        try (Statement st = db.createStatement()) {
            st.executeUpdate("INSERT INTO business_line (id, business_id, name, created_at) VALUES ('" + cafes
                    + "', '" + businessId + "', 'Cafés', NOW(6)), ('" + bakeries + "', '" + businessId
                    + "', 'Bakeries', NOW(6))");
            st.executeUpdate("UPDATE store SET line_id = '" + cafes + "' WHERE id = '" + firstStore + "'");
            String[][] more = {{"Dam Square", cafes}, {"Bakery West", bakeries}, {"Bakery East", bakeries}};
            for (String[] store : more) {
                String id = UUID.randomUUID().toString();
                stores.add(id);
                st.executeUpdate("INSERT INTO store (id, business_id, name, currency, phone_region, zone_id,"
                        + " created_at, line_id) VALUES ('" + id + "', '" + businessId + "', '" + store[0]
                        + "', 'EUR', 'NL', 'Europe/Amsterdam', NOW(6), '" + store[1] + "')");
            }
        }
        return stores;
    }

    /** The four stores {@link #storesAndLines} left: the seeded business's own store first, then the three it made. */
    static List<String> stores(Connection db, String businessId) throws Exception {
        List<String> stores = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT id FROM store WHERE business_id = ?"
                + " ORDER BY FIELD(name, 'Dam Square', 'Bakery West', 'Bakery East'), created_at, id")) {
            st.setString(1, businessId);
            try (java.sql.ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    stores.add(rs.getString(1));
                }
            }
        }
        if (stores.size() != 4) {
            throw new IllegalStateException("the seeded database has " + stores.size() + " stores, not four");
        }
        return stores;
    }

    /** @return the sales written */
    static long sales(Connection db, String businessId, List<String> stores, int perCustomer) throws Exception {
        // the till the sales name (a terminal of the first store, never paired: the sales are written here)
        String terminal = UUID.randomUUID().toString();
        try (Statement st = db.createStatement()) {
            st.executeUpdate("INSERT INTO terminal (id, store_id, name, token_hash, paired_at) VALUES ('" + terminal
                    + "', '" + stores.get(0) + "', 'Figures bench till', SHA2('" + terminal + "', 256), NOW(6))");
        }
        long customers = AnalyticsBenchmark.count(db, "SELECT COUNT(*) FROM customer WHERE business_id = '"
                + businessId + "'");
        String storeOf = "ELT(1 + CRC32(c.id) % " + stores.size() + ", '" + String.join("', '", stores) + "')";
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            // every row names a customer and the terminal made above: not checked again ten million times
            st.execute("SET SESSION foreign_key_checks = 0");
            st.execute("DROP TEMPORARY TABLE IF EXISTS bench_customer");
            st.execute("CREATE TEMPORARY TABLE bench_customer (n INT NOT NULL PRIMARY KEY,"
                    + " id CHAR(36) CHARACTER SET ascii NOT NULL) ENGINE = InnoDB");
            st.executeUpdate("INSERT INTO bench_customer SELECT ROW_NUMBER() OVER (ORDER BY id), id FROM customer"
                    + " WHERE business_id = '" + businessId + "'");
            db.commit();
            String at = "(NOW(6) - INTERVAL 730 DAY + INTERVAL CRC32(c.id) % 365 DAY"
                    + " + INTERVAL (s.seq - 1) * (5 + CRC32(c.id) % 30) DAY"
                    + " + INTERVAL CRC32(CONCAT(c.id, s.seq)) % 43200 SECOND)";
            String due = "(200 + CRC32(CONCAT(s.seq, c.id)) % 1800)";
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO sale (id, terminal_id, store_id,"
                    + " customer_id, rung_up_at, received_at, rules_version, currency, subtotal_minor,"
                    + " redeem_discount_minor, due_minor, points_redeemed, points_earned, till_due_minor,"
                    + " till_points_earned, figures_differ, overdraft, content_sha256, enrolled_here)"
                    + " SELECT CONCAT('b0000000-0000-4000-8000-', LPAD(HEX(c.n * 100 + s.seq), 12, '0')), '"
                    + terminal + "', " + storeOf + ", c.id, " + at + ", " + at + ", 1, 'EUR', " + due + ", 0, "
                    + due + ", 0, " + due + " DIV 30, " + due + ", " + due + " DIV 30, FALSE, FALSE,"
                    + " REPEAT('0', 64), s.seq = 1"
                    + " FROM bench_customer c JOIN seq_1_to_" + perCustomer + " s"
                    + " WHERE c.n > ? AND c.n <= ?")) {
                for (long from = 0; from < customers; from += CUSTOMERS_PER_STATEMENT) {
                    insert.setLong(1, from);
                    insert.setLong(2, from + CUSTOMERS_PER_STATEMENT);
                    insert.executeUpdate();
                    db.commit();
                    System.out.printf("sales of %d customers written%n", Math.min(customers,
                            from + CUSTOMERS_PER_STATEMENT));
                }
            }
        } finally {
            try (Statement st = db.createStatement()) {
                st.execute("SET SESSION foreign_key_checks = 1");
            }
            db.setAutoCommit(auto);
        }
        return AnalyticsBenchmark.count(db, "SELECT COUNT(*) FROM sale WHERE id LIKE 'b0000000-%'");
    }

    /**
     * Ratings of one sale in twenty (stars weighted towards 5, one in five low), each low one with a call back
     * closed within 0 to 47 hours (due in 24), and a weekly broadcast with eight occurrences over the last 60 days,
     * each to one customer in fifty, a tenth of them held out: what the Figures page's ratings and campaigns read.
     *
     * @return {ratings, campaign recipients} written
     */
    static long[] ratingsAndCampaigns(Connection db, String businessId) throws Exception {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            st.execute("SET SESSION foreign_key_checks = 0");
            st.executeUpdate("INSERT INTO rating (sale_id, stars, language, created_at, updated_at, business_id,"
                    + " store_id, customer_id, attached_at) SELECT id, ELT(1 + CRC32(CONCAT('r', id)) % 10, 5, 5, 5, 5,"
                    + " 5, 4, 4, 4, 3, 1), 'en', rung_up_at + INTERVAL 1 HOUR, rung_up_at + INTERVAL 1 HOUR, '"
                    + businessId + "', store_id, customer_id, rung_up_at + INTERVAL 1 HOUR FROM sale"
                    + " WHERE id LIKE 'b0000000-%' AND CRC32(id) % 20 = 0");
            db.commit();
            st.executeUpdate("INSERT INTO callback_task (rating_sale_id, business_id, store_id, customer_id,"
                    + " created_at, due_at, status, closed_at, outcome) SELECT sale_id, business_id, store_id,"
                    + " customer_id, created_at, created_at + INTERVAL 24 HOUR, 'CLOSED', created_at"
                    + " + INTERVAL CRC32(sale_id) % 48 HOUR, 'RESOLVED' FROM rating WHERE business_id = '" + businessId
                    + "' AND stars <= 3 AND sale_id LIKE 'b0000000-%'");
            db.commit();
            String campaign = UUID.randomUUID().toString();
            st.executeUpdate("INSERT INTO campaign (id, business_id, name, kind, status, send_at, quiet_from,"
                    + " quiet_until, channels, holdout_bp, templates_json, created_at) VALUES ('" + campaign + "', '"
                    + businessId + "', 'Weekly news (bench)', 'BROADCAST', 'ENDED', '10:00', '21:00', '09:00', 'SMS',"
                    + " 1000, '{}', NOW(6) - INTERVAL 70 DAY)");
            for (int week = 0; week < 8; week++) {
                int daysAgo = 60 - 7 * week;
                st.executeUpdate("INSERT INTO campaign_run (campaign_id, occurrence_on, status, started_at,"
                        + " finished_at) VALUES ('" + campaign + "', CURDATE() - INTERVAL " + daysAgo + " DAY, 'DONE',"
                        + " NOW(6) - INTERVAL " + daysAgo + " DAY, NOW(6) - INTERVAL " + daysAgo + " DAY)");
                st.executeUpdate("INSERT INTO campaign_recipient (run_id, customer_id, decision, channel,"
                        + " decided_at) SELECT LAST_INSERT_ID(), id, IF(CRC32(CONCAT(id, " + week + ")) % 10 = 0, 'H',"
                        + " 'T'), 'SMS', NOW(6) - INTERVAL " + daysAgo + " DAY FROM customer WHERE business_id = '"
                        + businessId + "' AND CRC32(id) % 50 = " + week);
                st.executeUpdate("UPDATE campaign_run r SET treated = (SELECT COUNT(*) FROM campaign_recipient x"
                        + " WHERE x.run_id = r.id AND x.decision = 'T'), held_out = (SELECT COUNT(*) FROM"
                        + " campaign_recipient x WHERE x.run_id = r.id AND x.decision = 'H') WHERE r.campaign_id = '"
                        + campaign + "'");
                db.commit();
            }
        } finally {
            try (Statement st = db.createStatement()) {
                st.execute("SET SESSION foreign_key_checks = 1");
            }
            db.setAutoCommit(auto);
        }
        return new long[] {
            AnalyticsBenchmark.count(db, "SELECT COUNT(*) FROM rating WHERE sale_id LIKE 'b0000000-%'"),
            AnalyticsBenchmark.count(db, "SELECT COUNT(*) FROM campaign_recipient x JOIN campaign_run r"
                    + " ON r.id = x.run_id JOIN campaign c ON c.id = r.campaign_id WHERE c.business_id = '"
                    + businessId + "'")};
    }
}
