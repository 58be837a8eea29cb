package dev.regulars.server.analytics;

import dev.regulars.server.analytics.CustomerHistory.Facts;
import dev.regulars.server.analytics.CustomerHistory.Month;
import dev.regulars.server.analytics.CustomerHistory.Purchase;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One customer in the roll-ups (analytics_customer, with their months) worked out again from their sales and
 * refunds, and the cohort tables (analytics_cohort_cell, analytics_first_visit_day) moved by the difference between
 * what was stored and what is true now ({@link CohortDeltas}).
 */
final class CustomerRollups {

    private CustomerRollups() {
    }

    /**
     * Works the customer out again; a record merged into another has no figures of its own (they are gone from the
     * roll-ups) and the record that stayed is worked out again with its purchases (DESIGN.md "One person, one
     * record").
     *
     * @param zones every store of the business with its zone, to tell the local day of each purchase
     */
    static void refresh(Connection connection, String businessId, String customerId, Map<String, ZoneId> zones)
            throws SQLException {
        String survivor = mergedInto(connection, customerId);
        if (survivor != null) {
            refresh(connection, businessId, customerId, List.of());
            refresh(connection, businessId, survivor, purchases(connection, survivor, zones));
        } else {
            refresh(connection, businessId, customerId, purchases(connection, customerId, zones));
        }
    }

    private static void refresh(Connection connection, String businessId, String customerId,
                                List<Purchase> purchases) throws SQLException {
        Facts before = stored(connection, customerId);
        Facts after = CustomerHistory.of(purchases);
        CohortDeltas deltas = CohortDeltas.between(before, after);
        if (deltas.isEmpty() && sameRow(before, after)) {
            return;
        }
        write(connection, businessId, customerId, after);
        apply(connection, businessId, deltas);
    }

    private static boolean sameRow(Facts before, Facts after) {
        return before == null ? after == null : before.equals(after);
    }

    /** The record a customer was merged into (merges are kept flat: never a record merged again), or null. */
    private static String mergedInto(Connection connection, String customerId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT merged_into FROM customer WHERE id = ?")) {
            st.setString(1, customerId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The purchases and refunds of the customer and of every record merged into it. */
    private static List<Purchase> purchases(Connection connection, String customerId, Map<String, ZoneId> zones)
            throws SQLException {
        List<String> records = new ArrayList<>(List.of(customerId));
        try (PreparedStatement st = connection.prepareStatement("SELECT id FROM customer WHERE merged_into = ?")) {
            st.setString(1, customerId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    records.add(rs.getString(1));
                }
            }
        }
        String in = String.join(", ", java.util.Collections.nCopies(records.size(), "?"));
        List<Purchase> purchases = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT store_id, rung_up_at, due_minor, FALSE"
                + " FROM sale WHERE customer_id IN (" + in + ")"
                + " UNION ALL SELECT s.store_id, r.refunded_at, r.money_back_minor, TRUE"
                + " FROM sale s JOIN refund r ON r.sale_id = s.id WHERE s.customer_id IN (" + in + ")"
                + " ORDER BY 2")) {
            for (int i = 0; i < records.size(); i++) {
                st.setString(1 + i, records.get(i));
                st.setString(1 + records.size() + i, records.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String store = rs.getString(1);
                    ZoneId zone = zones.getOrDefault(store, ZoneOffset.UTC);
                    LocalDate day = rs.getObject(2, LocalDateTime.class).atOffset(ZoneOffset.UTC)
                            .atZoneSameInstant(zone).toLocalDate();
                    purchases.add(new Purchase(day, store, rs.getLong(3), rs.getBoolean(4)));
                }
            }
        }
        return purchases;
    }

    private static Facts stored(Connection connection, String customerId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT first_store_id, first_day, second_day,"
                + " last_day, visit_days, sales, revenue_minor, months FROM analytics_customer"
                + " WHERE customer_id = ?")) {
            st.setString(1, customerId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Date second = rs.getDate(3);
                return new Facts(rs.getString(1), rs.getDate(2).toLocalDate(),
                        second == null ? null : second.toLocalDate(), rs.getDate(4).toLocalDate(), rs.getInt(5),
                        rs.getInt(6), rs.getLong(7), CustomerMonths.read(rs.getString(8)));
            }
        }
    }

    private static void write(Connection connection, String businessId, String customerId, Facts facts)
            throws SQLException {
        if (facts == null) {
            try (PreparedStatement st = connection.prepareStatement(
                    "DELETE FROM analytics_customer WHERE customer_id = ?")) {
                st.setString(1, customerId);
                st.executeUpdate();
            }
            return;
        }
        try (PreparedStatement st = connection.prepareStatement("REPLACE INTO analytics_customer (customer_id,"
                + " business_id, first_store_id, first_day, second_day, last_day, visit_days, sales, revenue_minor,"
                + " months) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, customerId);
            st.setString(2, businessId);
            st.setString(3, facts.firstStoreId());
            st.setObject(4, facts.firstDay());
            st.setObject(5, facts.secondDay());
            st.setObject(6, facts.lastDay());
            st.setInt(7, facts.visitDays());
            st.setInt(8, facts.sales());
            st.setLong(9, facts.revenueMinor());
            st.setString(10, CustomerMonths.write(facts.months()));
            st.executeUpdate();
        }
    }

    private static void apply(Connection connection, String businessId, CohortDeltas deltas) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO analytics_cohort_cell (business_id,"
                + " first_store_id, cohort_month, month, customers, revenue_minor) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE customers = customers + VALUES(customers),"
                + " revenue_minor = revenue_minor + VALUES(revenue_minor)")) {
            for (var cell : deltas.cells().entrySet()) {
                st.setString(1, businessId);
                st.setString(2, cell.getKey().firstStoreId());
                st.setObject(3, cell.getKey().cohort().atDay(1));
                st.setObject(4, cell.getKey().month().atDay(1));
                st.setInt(5, cell.getValue().customers());
                st.setLong(6, cell.getValue().revenueMinor());
                st.addBatch();
            }
            st.executeBatch();
        }
        // a cell or a day a customer moved out of, and nobody else is in: gone, as a rebuild would not make it
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM analytics_cohort_cell WHERE"
                + " business_id = ? AND first_store_id = ? AND cohort_month = ? AND month = ? AND customers = 0"
                + " AND revenue_minor = 0")) {
            for (var cell : deltas.cells().keySet()) {
                st.setString(1, businessId);
                st.setString(2, cell.firstStoreId());
                st.setObject(3, cell.cohort().atDay(1));
                st.setObject(4, cell.month().atDay(1));
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO analytics_first_visit_day (business_id,"
                + " first_store_id, day, new_customers, back_in_30, back_in_60, back_in_90, sales, revenue_minor,"
                + " visit_days, span_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE new_customers = new_customers + VALUES(new_customers),"
                + " back_in_30 = back_in_30 + VALUES(back_in_30), back_in_60 = back_in_60 + VALUES(back_in_60),"
                + " back_in_90 = back_in_90 + VALUES(back_in_90), sales = sales + VALUES(sales),"
                + " revenue_minor = revenue_minor + VALUES(revenue_minor),"
                + " visit_days = visit_days + VALUES(visit_days), span_days = span_days + VALUES(span_days)")) {
            for (var day : deltas.days().entrySet()) {
                st.setString(1, businessId);
                st.setString(2, day.getKey().firstStoreId());
                st.setObject(3, day.getKey().day());
                st.setInt(4, day.getValue().newCustomers());
                st.setInt(5, day.getValue().backIn30());
                st.setInt(6, day.getValue().backIn60());
                st.setInt(7, day.getValue().backIn90());
                st.setInt(8, day.getValue().sales());
                st.setLong(9, day.getValue().revenueMinor());
                st.setInt(10, day.getValue().visitDays());
                st.setInt(11, day.getValue().spanDays());
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM analytics_first_visit_day WHERE"
                + " business_id = ? AND first_store_id = ? AND day = ? AND new_customers = 0")) {
            for (var day : deltas.days().keySet()) {
                st.setString(1, businessId);
                st.setString(2, day.firstStoreId());
                st.setObject(3, day.day());
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
