package dev.regulars.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.server.analytics.RollupRebuild;
import dev.regulars.server.analytics.RollupRound;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The owner's roll-ups on MariaDB, on a database of their own at the latest schema, from a small hand-made business
 * whose right figures are worked out below by hand: two Amsterdam stores (CET, UTC+1 in March) and a Moscow bakery
 * (UTC+3), sales around local midnight, a refund, a late sale that moves a customer to another cohort. The rounds
 * (as the job runs them, in several batches) and the bulk rebuild must both give exactly those rows, and folding
 * everything again must change nothing.
 */
@ExtendWith(TestDatabase.class)
class RollupsIT {

    private static final String BUSINESS = UUID.randomUUID().toString();
    private static final String CANAL = "00000000-0000-0000-0000-00000000ca01";
    private static final String DAM = "00000000-0000-0000-0000-00000000da01";
    private static final String BAKERY = "00000000-0000-0000-0000-00000000ba01";
    private static final String ANNA = "00000000-0000-0000-0000-0000000a0001";
    private static final String MAX = "00000000-0000-0000-0000-0000000a0002";
    private static final String OLGA = "00000000-0000-0000-0000-0000000a0003";
    private static final String PIET = "00000000-0000-0000-0000-00000000c001";
    private static final String QUINN = "00000000-0000-0000-0000-00000000c002";

    private static OwnDatabase own;
    private static String url;

    @BeforeAll
    static void ownDatabase() throws Exception {
        own = OwnDatabase.create("regulars_rollups");
        url = own.url();
        try (Connection db = DriverManager.getConnection(url); Statement st = db.createStatement()) {
            st.execute("SET FOREIGN_KEY_CHECKS = 0"); // only what the figures read: no terminals, programs
            st.execute("INSERT INTO business (id, name, phone_hmac_key, created_at) VALUES ('" + BUSINESS + "',"
                    + " 'Hand-made', 'k', NOW())");
            st.execute("INSERT INTO store (id, business_id, name, currency, phone_region, zone_id, created_at) VALUES"
                    + " ('" + CANAL + "', '" + BUSINESS + "', 'Canal', 'EUR', 'NL', 'Europe/Amsterdam', NOW()),"
                    + " ('" + DAM + "', '" + BUSINESS + "', 'Dam', 'EUR', 'NL', 'Europe/Amsterdam', NOW()),"
                    + " ('" + BAKERY + "', '" + BUSINESS + "', 'Bakery', 'EUR', 'NL', 'Europe/Moscow', NOW())");
        }
    }

    @AfterAll
    static void dropIt() throws Exception {
        own.drop();
    }

    @Test
    void roundsAndTheRebuildGiveTheFiguresWorkedOutByHand() throws Exception {
        try (Connection db = connect()) {
            // Amsterdam is UTC+1 until 29 March 2026, Moscow always UTC+3
            sale(db, "s1", CANAL, PIET, "2026-03-02 23:30:00", 400, ANNA, true, 20); // 3 March 00:30 local
            sale(db, "s4", DAM, QUINN, "2026-03-03 10:00:00", 200, null, true, 10);
            sale(db, "s6", CANAL, null, "2026-03-02 22:59:00", 150, MAX, false, 0); // 2 March 23:59 local
            sale(db, "s7", CANAL, null, "2026-03-03 08:00:00", 250, MAX, false, 0);
            fold(db);
            sale(db, "s2", CANAL, PIET, "2026-03-20 09:00:00", 350, ANNA, false, 17);
            sale(db, "s5", DAM, QUINN, "2026-04-10 10:00:00", 300, null, false, 15);
            sale(db, "s3", BAKERY, PIET, "2026-04-30 22:00:00", 500, OLGA, false, 25); // 1 May 01:00 in Moscow
            refund(db, "r1", "s2", "2026-03-21 10:00:00", 350);
            fold(db);
            // an offline till's sale of 27 February arrives last: Quinn's first visit is now at the bakery
            sale(db, "s8", BAKERY, QUINN, "2026-02-27 12:00:00", 100, OLGA, false, 5);
            fold(db);

            Map<String, List<String>> byRounds = snapshot(db);
            assertThat(byRounds.get("analytics_store_day")).containsExactly(
                    // store, day, sales, revenue, identified, identified revenue, enrolled, refunds, refunded,
                    // points earned, points redeemed
                    BAKERY + " 2026-02-27 1 100 1 100 0 0 0 5 0",
                    BAKERY + " 2026-05-01 1 500 1 500 0 0 0 25 0",
                    CANAL + " 2026-03-02 1 150 0 0 0 0 0 0 0",
                    CANAL + " 2026-03-03 2 650 1 400 1 0 0 20 0",
                    CANAL + " 2026-03-20 1 350 1 350 0 0 0 17 0",
                    CANAL + " 2026-03-21 0 0 0 0 0 1 350 0 0",
                    DAM + " 2026-03-03 1 200 1 200 1 0 0 10 0",
                    DAM + " 2026-04-10 1 300 1 300 0 0 0 15 0");
            assertThat(byRounds.get("analytics_cashier_day")).containsExactly(
                    // store, day, cashier, sales, identified, enrolled, revenue
                    BAKERY + " 2026-02-27 " + OLGA + " 1 1 0 100",
                    BAKERY + " 2026-05-01 " + OLGA + " 1 1 0 500",
                    CANAL + " 2026-03-02 " + MAX + " 1 0 0 150",
                    CANAL + " 2026-03-03 " + ANNA + " 1 1 1 400",
                    CANAL + " 2026-03-03 " + MAX + " 1 0 0 250",
                    CANAL + " 2026-03-20 " + ANNA + " 1 1 0 350",
                    DAM + " 2026-03-03  1 1 1 200",
                    DAM + " 2026-04-10  1 1 0 300");
            assertThat(byRounds.get("analytics_customer")).containsExactly(
                    // customer, business, first store, first, second, last, visit days, sales, revenue, months
                    // (sales, revenue): Piet 400 + 350 + 500 - 350 back in March; Quinn 100 + 200 + 300
                    PIET + " " + BUSINESS + " " + CANAL + " 2026-03-03 2026-03-20 2026-05-01 3 3 900"
                            + " 2026-03 2 400,2026-05 1 500",
                    QUINN + " " + BUSINESS + " " + BAKERY + " 2026-02-27 2026-03-03 2026-04-10 3 3 600"
                            + " 2026-02 1 100,2026-03 1 200,2026-04 1 300");
            assertThat(byRounds.get("analytics_cohort_cell")).containsExactly(
                    // Quinn's Dam cells (March cohort) went with her to the bakery's February cohort
                    BUSINESS + " " + BAKERY + " 2026-02-01 2026-02-01 1 100",
                    BUSINESS + " " + BAKERY + " 2026-02-01 2026-03-01 1 200",
                    BUSINESS + " " + BAKERY + " 2026-02-01 2026-04-01 1 300",
                    BUSINESS + " " + CANAL + " 2026-03-01 2026-03-01 1 400",
                    BUSINESS + " " + CANAL + " 2026-03-01 2026-05-01 1 500");
            assertThat(byRounds.get("analytics_first_visit_day")).containsExactly(
                    // Piet: 3 March, back 20 March (17 days), last 1 May (59 days on); Quinn: 27 February, back
                    // 3 March (4 days), last 10 April (42 days on); then sales, revenue, visit days, span in days
                    BUSINESS + " " + BAKERY + " 2026-02-27 1 1 1 1 3 600 3 42",
                    BUSINESS + " " + CANAL + " 2026-03-03 1 1 1 1 3 900 3 59");
            assertThat(count(db, "SELECT COUNT(*) FROM sale_outbox")).isZero();

            RollupRebuild.rebuild(db, BUSINESS, Instant.now());
            db.commit();
            assertThat(snapshot(db)).isEqualTo(byRounds);

            // the operator's command puts right a figure gone wrong
            try (Statement st = db.createStatement()) {
                st.executeUpdate("UPDATE analytics_store_day SET sales = 99 WHERE store_id = '" + CANAL + "'");
                st.executeUpdate("DELETE FROM analytics_cohort_cell WHERE first_store_id = '" + BAKERY + "'");
            }
            db.commit();
            assertThat(dev.regulars.server.analytics.RebuildFigures.run(url, BUSINESS)).hasSize(2).last().asString()
                    .startsWith("rebuilt the figures of business " + BUSINESS + " in ");
            db.commit(); // a new snapshot: what the command's own connection committed
            assertThat(snapshot(db)).isEqualTo(byRounds);
            assertThatThrownBy(() -> dev.regulars.server.analytics.RebuildFigures.run(url, "no-such-business"))
                    .hasMessage("there is no business no-such-business");

            // everything folded again (a round repeated after a crash): nothing changes
            try (Statement st = db.createStatement()) {
                st.executeUpdate("INSERT INTO sale_outbox (business_id, store_id, customer_id, happened_at)"
                        + " SELECT '" + BUSINESS + "', store_id, customer_id, rung_up_at FROM sale");
            }
            fold(db);
            assertThat(snapshot(db)).isEqualTo(byRounds);
        }
    }

    @Test
    void aMergedRecordsPurchasesCountForTheRecordThatStayedInRoundsAndInTheRebuild() throws Exception {
        String business = UUID.randomUUID().toString();
        String store = UUID.randomUUID().toString();
        String rita = UUID.randomUUID().toString();
        String ritasOldPhone = UUID.randomUUID().toString();
        try (Connection db = connect(); Statement st = db.createStatement()) {
            st.execute("INSERT INTO store (id, business_id, name, currency, phone_region, zone_id, created_at)"
                    + " VALUES ('" + store + "', '" + business + "', 'Harbour', 'EUR', 'NL', 'UTC', NOW())");
            for (String id : List.of(rita, ritasOldPhone)) {
                st.execute("INSERT INTO customer (id, business_id, phone_e164, phone_hmac, points_balance, visits,"
                        + " total_spend_minor, enrolled_at, change_seq) VALUES ('" + id + "', '" + business + "',"
                        + " '+3161" + id.substring(0, 7).replaceAll("[^0-9]", "1") + "', LEFT('" + id + id + "', 43),"
                        + " 0, 0, 0, NOW(), 1)");
            }
            sale(db, business, "m1", store, rita, "2026-03-05 10:00:00", 200);
            sale(db, business, "m2", store, ritasOldPhone, "2026-03-01 10:00:00", 100);
            sale(db, business, "m3", store, ritasOldPhone, "2026-04-02 10:00:00", 300);
            foldAll(db, business);
            assertThat(count(db, "SELECT COUNT(*) FROM analytics_customer WHERE business_id = '" + business + "'"))
                    .isEqualTo(2);

            // the same person: her old record merged into the one that stays, with no sale since
            st.execute("UPDATE customer SET merged_into = '" + rita + "' WHERE id = '" + ritasOldPhone + "'");
            foldAll(db, business);
            // first visit 1 March (old record), back 5 March, last 2 April: 3 visit days, 3 sales, 600
            assertThat(rows(db, "SELECT customer_id, first_day, second_day, last_day, visit_days, sales,"
                    + " revenue_minor FROM analytics_customer WHERE business_id = '" + business + "'"))
                    .containsExactly(rita + " 2026-03-01 2026-03-05 2026-04-02 3 3 600");
            assertThat(rows(db, "SELECT cohort_month, month, customers, revenue_minor FROM analytics_cohort_cell"
                    + " WHERE business_id = '" + business + "' ORDER BY 2"))
                    .containsExactly("2026-03-01 2026-03-01 1 300", "2026-03-01 2026-04-01 1 300");
            // one new customer on 1 March, back within 30/60/90 days, 3 sales, 600, 3 visit days, 32 days' span
            assertThat(rows(db, "SELECT day, new_customers, back_in_30, back_in_60, back_in_90, sales, revenue_minor,"
                    + " visit_days, span_days FROM analytics_first_visit_day WHERE business_id = '" + business + "'"))
                    .containsExactly("2026-03-01 1 1 1 1 3 600 3 32");

            // a till that still had the old record cached sells to it: the sale is Rita's
            sale(db, business, "m4", store, ritasOldPhone, "2026-04-20 10:00:00", 200);
            foldAll(db, business);
            List<String> customer = rows(db, "SELECT customer_id, first_day, second_day, last_day, visit_days, sales,"
                    + " revenue_minor FROM analytics_customer WHERE business_id = '" + business + "'");
            assertThat(customer).containsExactly(rita + " 2026-03-01 2026-03-05 2026-04-20 4 4 800");

            RollupRebuild.rebuild(db, business, Instant.now());
            db.commit();
            assertThat(rows(db, "SELECT customer_id, first_day, second_day, last_day, visit_days, sales,"
                    + " revenue_minor FROM analytics_customer WHERE business_id = '" + business + "'"))
                    .isEqualTo(customer);
            assertThat(rows(db, "SELECT cohort_month, month, customers, revenue_minor FROM analytics_cohort_cell"
                    + " WHERE business_id = '" + business + "' ORDER BY 2"))
                    .containsExactly("2026-03-01 2026-03-01 1 300", "2026-03-01 2026-04-01 1 500");
        }
    }

    @Test
    void aRoundTakesAtMostItsShareOfTheOutboxAndLeavesTheRestForTheNext() throws Exception {
        String other = UUID.randomUUID().toString();
        String store = UUID.randomUUID().toString();
        try (Connection db = connect()) {
            try (PreparedStatement st = db.prepareStatement("INSERT INTO sale_outbox (business_id, store_id,"
                    + " customer_id, happened_at) VALUES (?, ?, NULL, '2026-03-03 10:00:00')")) {
                for (int i = 0; i < 2005; i++) {
                    st.setString(1, other);
                    st.setString(2, store);
                    st.addBatch();
                }
                st.executeBatch();
            }
            db.commit();
            assertThat(RollupRound.fold(db, other, Instant.now())).isEqualTo(2000);
            db.commit();
            assertThat(RollupRound.fold(db, other, Instant.now())).isEqualTo(5);
            db.commit();
            assertThat(count(db, "SELECT COUNT(*) FROM sale_outbox WHERE business_id = '" + other + "'")).isZero();
        }
    }

    private static Connection connect() throws Exception {
        return own.connect();
    }

    private static void fold(Connection db) throws Exception {
        while (RollupRound.fold(db, BUSINESS, Instant.now()) > 0) {
            db.commit();
        }
        db.commit();
    }

    private static void foldAll(Connection db, String business) throws Exception {
        while (RollupRound.fold(db, business, Instant.now()) > 0) {
            db.commit();
        }
        db.commit();
    }

    private static void sale(Connection db, String business, String id, String store, String customer, String at,
                             long due) throws Exception {
        insertSale(db, id, store, customer, at, due, null, false, 0);
        outbox(db, business, store, customer, at);
    }

    private static void sale(Connection db, String id, String store, String customer, String at, long due,
                             String cashier, boolean enrolled, long points) throws Exception {
        insertSale(db, id, store, customer, at, due, cashier, enrolled, points);
        outbox(db, BUSINESS, store, customer, at);
    }

    private static void insertSale(Connection db, String id, String store, String customer, String at, long due,
                                   String cashier, boolean enrolled, long points) throws Exception {
        try (PreparedStatement st = db.prepareStatement("INSERT INTO sale (id, terminal_id, store_id, customer_id,"
                + " rung_up_at, received_at, rules_version, currency, subtotal_minor, redeem_discount_minor, due_minor,"
                + " points_redeemed, points_earned, till_due_minor, till_points_earned, figures_differ, overdraft,"
                + " content_sha256, cashier_id, enrolled_here) VALUES (?, 't', ?, ?, ?, ?, 1, 'EUR', ?, 0, ?, 0, ?, ?,"
                + " ?, FALSE, FALSE, REPEAT('0', 64), ?, ?)")) {
            st.setString(1, id);
            st.setString(2, store);
            st.setString(3, customer);
            st.setString(4, at);
            st.setString(5, at);
            st.setLong(6, due);
            st.setLong(7, due);
            st.setLong(8, points);
            st.setLong(9, due);
            st.setLong(10, points);
            st.setString(11, cashier);
            st.setBoolean(12, enrolled);
            st.executeUpdate();
        }
    }

    private static void refund(Connection db, String id, String saleId, String at, long back) throws Exception {
        String store;
        String customer;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT store_id, customer_id FROM sale WHERE id = '" + saleId + "'")) {
            rs.next();
            store = rs.getString(1);
            customer = rs.getString(2);
        }
        try (PreparedStatement st = db.prepareStatement("INSERT INTO refund (id, sale_id, terminal_id, refunded_at,"
                + " received_at, refunded_subtotal_minor, money_back_minor, points_earned_taken_back,"
                + " points_redeemed_returned, overdraft, figures_differ, content_sha256)"
                + " VALUES (?, ?, 't', ?, ?, ?, ?, 0, 0, FALSE, FALSE, REPEAT('0', 64))")) {
            st.setString(1, id);
            st.setString(2, saleId);
            st.setString(3, at);
            st.setString(4, at);
            st.setLong(5, back);
            st.setLong(6, back);
            st.executeUpdate();
        }
        outbox(db, BUSINESS, store, customer, at);
    }

    private static void outbox(Connection db, String business, String store, String customer, String at)
            throws Exception {
        try (PreparedStatement st = db.prepareStatement("INSERT INTO sale_outbox (business_id, store_id,"
                + " customer_id, happened_at) VALUES (?, ?, ?, ?)")) {
            st.setString(1, business);
            st.setString(2, store);
            st.setString(3, customer);
            st.setString(4, at);
            st.executeUpdate();
        }
    }

    /** Every roll-up table's rows of the hand-made business, as sorted lines of their values. */
    private static Map<String, List<String>> snapshot(Connection db) throws Exception {
        Map<String, String> queries = Map.of(
                "analytics_store_day", "SELECT * FROM analytics_store_day WHERE store_id IN ('" + CANAL + "', '" + DAM
                        + "', '" + BAKERY + "') ORDER BY 1, 2",
                "analytics_cashier_day", "SELECT * FROM analytics_cashier_day WHERE store_id IN ('" + CANAL + "', '"
                        + DAM + "', '" + BAKERY + "') ORDER BY 1, 2, 3",
                "analytics_customer", "SELECT * FROM analytics_customer WHERE business_id = '" + BUSINESS
                        + "' ORDER BY 1",
                "analytics_cohort_cell", "SELECT * FROM analytics_cohort_cell WHERE business_id = '" + BUSINESS
                        + "' ORDER BY 2, 3, 4",
                "analytics_first_visit_day", "SELECT * FROM analytics_first_visit_day WHERE business_id = '"
                        + BUSINESS + "' ORDER BY 2, 3");
        Map<String, List<String>> out = new TreeMap<>();
        try (Statement st = db.createStatement()) {
            for (var query : queries.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery(query.getValue())) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<String> values = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            values.add(rs.getString(i) == null ? "" : rs.getString(i));
                        }
                        rows.add(String.join(" ", values));
                    }
                }
                out.put(query.getKey(), rows);
            }
        }
        return out;
    }

    private static List<String> rows(Connection db, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
