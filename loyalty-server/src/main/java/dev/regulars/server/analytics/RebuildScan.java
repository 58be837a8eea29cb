package dev.regulars.server.analytics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One pass over a business's sales and one over its refunds, streamed (never all in memory as rows), adding up the
 * store and cashier days as it goes and keeping the customers' purchases in {@link PurchaseColumns}. A sale of a
 * record merged into another counts for the record that stayed (DESIGN.md "One person, one record").
 */
final class RebuildScan {

    /** Rows the driver fetches at a time while streaming. */
    private static final int FETCH = 10_000;
    /** A UTC DATETIME as microseconds since the epoch: a number is read far faster than a date-time. */
    private static final String MICROS = "TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', ";
    private static final Pattern SAFE_ID = Pattern.compile("[0-9a-fA-F-]{36}");

    /** A store's local day. */
    record StoreDay(String storeId, LocalDate day) {
    }

    /** A cashier's local day at a store ("" for sales without a cashier). */
    record CashierDay(String storeId, LocalDate day, String cashierId) {
    }

    /**
     * What a store's day adds up to, in the columns of analytics_store_day: sales, revenue, identified sales,
     * identified revenue, enrollments, refunds, refunded, points earned, points redeemed (money in minor units).
     */
    final Map<StoreDay, long[]> storeDays = new HashMap<>();
    /** A cashier's day: sales, identified sales, enrollments, revenue (minor units). */
    final Map<CashierDay, long[]> cashierDays = new HashMap<>();
    final PurchaseColumns purchases = new PurchaseColumns();

    private final Map<String, ZoneId> zones;
    private final Map<String, String> survivors;

    private RebuildScan(Map<String, ZoneId> zones, Map<String, String> survivors) {
        this.zones = zones;
        this.survivors = survivors;
    }

    /** Reads every sale and refund of the business's stores ({@code zones}: each store with its zone). */
    static RebuildScan of(Connection connection, String businessId, Map<String, ZoneId> zones) throws SQLException {
        RebuildScan scan = new RebuildScan(zones, survivors(connection, businessId));
        if (zones.isEmpty()) {
            return scan;
        }
        String stores = zones.keySet().stream().peek(RebuildScan::checkId).map(id -> "'" + id + "'")
                .collect(Collectors.joining(","));
        try (Statement st = streaming(connection);
             ResultSet rs = st.executeQuery("SELECT store_id, COALESCE(cashier_id, ''), customer_id, " + MICROS
                     + "rung_up_at),"
                     + " due_minor, enrolled_here, points_earned, points_redeemed FROM sale"
                     + " WHERE store_id IN (" + stores + ")")) {
            while (rs.next()) {
                scan.sale(rs);
            }
        }
        try (Statement st = streaming(connection);
             ResultSet rs = st.executeQuery("SELECT s.store_id, s.customer_id, " + MICROS + "r.refunded_at),"
                     + " r.money_back_minor"
                     + " FROM refund r JOIN sale s ON s.id = r.sale_id WHERE s.store_id IN (" + stores + ")")) {
            while (rs.next()) {
                scan.refund(rs);
            }
        }
        return scan;
    }

    private void sale(ResultSet rs) throws SQLException {
        String store = rs.getString(1);
        long at = rs.getLong(4);
        LocalDate day = localDay(store, at);
        long due = rs.getLong(5);
        String customer = customer(rs.getString(3));
        int identified = customer == null ? 0 : 1;
        int enrolled = rs.getBoolean(6) ? 1 : 0;
        long[] d = storeDays.computeIfAbsent(new StoreDay(store, day), k -> new long[9]);
        d[0]++;
        d[1] += due;
        d[2] += identified;
        d[3] += identified * due;
        d[4] += enrolled;
        d[7] += rs.getLong(7);
        d[8] += rs.getLong(8);
        long[] c = cashierDays.computeIfAbsent(new CashierDay(store, day, rs.getString(2)), k -> new long[4]);
        c[0]++;
        c[1] += identified;
        c[2] += enrolled;
        c[3] += due;
        if (customer != null) {
            purchases.add(customer, store, at, day, due, false);
        }
    }

    private void refund(ResultSet rs) throws SQLException {
        String store = rs.getString(1);
        long at = rs.getLong(3);
        LocalDate day = localDay(store, at);
        long back = rs.getLong(4);
        long[] d = storeDays.computeIfAbsent(new StoreDay(store, day), k -> new long[9]);
        d[5]++;
        d[6] += back;
        String customer = customer(rs.getString(2));
        if (customer != null) {
            purchases.add(customer, store, at, day, back, true);
        }
    }

    private String customer(String id) {
        return id == null ? null : survivors.getOrDefault(id, id);
    }

    /** The local day, in the store's zone, of a UTC time in microseconds since the epoch. */
    private LocalDate localDay(String store, long micros) {
        ZoneId zone = zones.getOrDefault(store, ZoneOffset.UTC);
        long second = Math.floorDiv(micros, 1_000_000L);
        int offset = zone.getRules().getOffset(Instant.ofEpochSecond(second)).getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(second + offset, 86_400L));
    }

    /** Each record of the business merged into another, with the record that stayed (merges are kept flat). */
    static Map<String, String> survivors(Connection connection, String businessId) throws SQLException {
        checkId(businessId);
        Map<String, String> survivors = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, merged_into FROM customer WHERE merged_into IS NOT NULL"
                     + " AND business_id = '" + businessId + "'")) {
            while (rs.next()) {
                survivors.put(rs.getString(1), rs.getString(2));
            }
        }
        return survivors;
    }

    private static Statement streaming(Connection connection) throws SQLException {
        Statement st = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        st.setFetchSize(FETCH);
        return st;
    }

    private static void checkId(String id) {
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an id: " + id);
        }
    }
}
