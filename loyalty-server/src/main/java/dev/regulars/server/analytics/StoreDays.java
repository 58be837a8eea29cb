package dev.regulars.server.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A store's local day in the roll-ups (analytics_store_day, analytics_cashier_day), worked out again from that
 * day's sales and refunds: each a range of the sale table's (store, time) index, so a day costs what it sold.
 */
final class StoreDays {

    private StoreDays() {
    }

    /** The day's bounds as UTC DATETIMEs, the way sale.rung_up_at is stored: [start, end). */
    static LocalDateTime[] utcBounds(LocalDate day, ZoneId zone) {
        return new LocalDateTime[] {
            LocalDateTime.ofInstant(day.atStartOfDay(zone).toInstant(), ZoneOffset.UTC),
            LocalDateTime.ofInstant(day.plusDays(1).atStartOfDay(zone).toInstant(), ZoneOffset.UTC)};
    }

    /** Replaces the store's rows of {@code day} with what its sales and refunds say now. */
    static void refresh(Connection connection, String storeId, ZoneId zone, LocalDate day) throws SQLException {
        LocalDateTime[] bounds = utcBounds(day, zone);
        delete(connection, "analytics_store_day", storeId, day);
        delete(connection, "analytics_cashier_day", storeId, day);
        long refunds = 0;
        long refundedMinor = 0;
        try (PreparedStatement st = connection.prepareStatement("SELECT COUNT(*), COALESCE(SUM(r.money_back_minor), 0)"
                + " FROM refund r JOIN sale s ON s.id = r.sale_id"
                + " WHERE r.refunded_at >= ? AND r.refunded_at < ? AND s.store_id = ?")) {
            st.setObject(1, bounds[0]);
            st.setObject(2, bounds[1]);
            st.setString(3, storeId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                refunds = rs.getLong(1);
                refundedMinor = rs.getLong(2);
            }
        }
        // sales, revenue, identified, identified revenue, enrollments, points earned, points redeemed
        long[] totals = new long[7];
        try (PreparedStatement st = connection.prepareStatement("SELECT COALESCE(cashier_id, ''), COUNT(*),"
                + " SUM(due_minor), SUM(customer_id IS NOT NULL), SUM(IF(customer_id IS NULL, 0, due_minor)),"
                + " SUM(enrolled_here), SUM(points_earned), SUM(points_redeemed)"
                + " FROM sale WHERE store_id = ? AND rung_up_at >= ? AND rung_up_at < ? GROUP BY 1");
             PreparedStatement cashier = connection.prepareStatement("INSERT INTO analytics_cashier_day"
                     + " (store_id, day, cashier_id, sales, identified_sales, enrollments, revenue_minor)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, storeId);
            st.setObject(2, bounds[0]);
            st.setObject(3, bounds[1]);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    for (int i = 0; i < 7; i++) {
                        totals[i] += rs.getLong(i + 2);
                    }
                    cashier.setString(1, storeId);
                    cashier.setObject(2, day);
                    cashier.setString(3, rs.getString(1));
                    cashier.setLong(4, rs.getLong(2));
                    cashier.setLong(5, rs.getLong(4));
                    cashier.setLong(6, rs.getLong(6));
                    cashier.setLong(7, rs.getLong(3));
                    cashier.addBatch();
                }
            }
            cashier.executeBatch();
        }
        if (totals[0] == 0 && refunds == 0) {
            return;
        }
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO analytics_store_day (store_id, day,"
                + " sales, revenue_minor, identified_sales, identified_revenue_minor, enrollments, refunds,"
                + " refunded_minor, points_earned, points_redeemed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, storeId);
            st.setObject(2, day);
            st.setLong(3, totals[0]);
            st.setLong(4, totals[1]);
            st.setLong(5, totals[2]);
            st.setLong(6, totals[3]);
            st.setLong(7, totals[4]);
            st.setLong(8, refunds);
            st.setLong(9, refundedMinor);
            st.setLong(10, totals[5]);
            st.setLong(11, totals[6]);
            st.executeUpdate();
        }
    }

    private static void delete(Connection connection, String table, String storeId, LocalDate day)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM " + table
                + " WHERE store_id = ? AND day = ?")) {
            st.setString(1, storeId);
            st.setObject(2, day);
            st.executeUpdate();
        }
    }
}
