package dev.regulars.server.analytics;

import dev.regulars.server.analytics.CohortDeltas.Cell;
import dev.regulars.server.analytics.CohortDeltas.CellChange;
import dev.regulars.server.analytics.CohortDeltas.Day;
import dev.regulars.server.analytics.CohortDeltas.DayChange;
import dev.regulars.server.analytics.CustomerHistory.Facts;
import dev.regulars.server.platform.MultiRowInsert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every roll-up of one business worked out again from all its sales and refunds: one streamed pass over each
 * ({@link RebuildScan}), the days added up as they pass, each customer's facts by the same {@link CustomerHistory}
 * and {@link CohortDeltas} a round uses (so rounds and rebuild cannot disagree on a definition; RollupsIT compares
 * their rows), written in primary key order by multi-row inserts. Holds the business's analytics_state row, so no
 * round folds meanwhile; the outbox is left alone: the rows in it are folded again afterwards, which changes
 * nothing.
 */
public final class RollupRebuild {

    /** Rows gathered before they are written (MultiRowInsert splits them into statements). */
    private static final int WRITE_EVERY = 5_000;

    private RollupRebuild() {
    }

    /** How long each step took, in ms, for the operator's command to print. */
    public record Steps(long scanMs, long deleteMs, long daysMs, long customersMs, long cohortsMs, long sales,
                        long customers) {
    }

    /**
     * Rebuilds on the caller's connection and transaction (commit after).
     *
     * @throws SQLException as MariaDB says
     * @throws IllegalArgumentException when the id is not an id
     */
    public static Steps rebuild(Connection connection, String businessId, Instant now) throws SQLException {
        RollupRound.lock(connection, businessId);
        Map<String, ZoneId> zones = RollupRound.zones(connection, businessId);
        long t0 = System.nanoTime();
        RebuildScan scan = RebuildScan.of(connection, businessId, zones);
        long t1 = System.nanoTime();
        delete(connection, businessId, zones);
        long t2 = System.nanoTime();
        writeDays(connection, scan);
        long t3 = System.nanoTime();
        Map<Cell, CellChange> cells = new HashMap<>();
        Map<Day, DayChange> firstDays = new HashMap<>();
        long customers = writeCustomers(connection, businessId, scan.purchases, cells, firstDays);
        long t4 = System.nanoTime();
        writeCohorts(connection, businessId, cells, firstDays);
        try (PreparedStatement st = connection.prepareStatement(
                "UPDATE analytics_state SET rebuilt_at = ?, folded_at = ? WHERE business_id = ?")) {
            LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            st.setObject(1, at);
            st.setObject(2, at);
            st.setString(3, businessId);
            st.executeUpdate();
        }
        long t5 = System.nanoTime();
        long sales = scan.storeDays.values().stream().mapToLong(d -> d[0]).sum();
        return new Steps(ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5), sales, customers);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static void delete(Connection connection, String businessId, Map<String, ZoneId> zones)
            throws SQLException {
        for (String table : List.of("analytics_store_day", "analytics_cashier_day")) {
            for (String store : zones.keySet()) {
                update(connection, "DELETE FROM " + table + " WHERE store_id = ?", store);
            }
        }
        for (String table : List.of("analytics_customer", "analytics_cohort_cell", "analytics_first_visit_day")) {
            update(connection, "DELETE FROM " + table + " WHERE business_id = ?", businessId);
        }
    }

    private static void update(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, id);
            st.executeUpdate();
        }
    }

    private static void writeDays(Connection connection, RebuildScan scan) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        scan.storeDays.forEach((k, d) -> rows.add(new Object[] {k.storeId(), k.day(), d[0], d[1], d[2], d[3], d[4],
            d[5], d[6], d[7], d[8]}));
        new MultiRowInsert("analytics_store_day", List.of("store_id", "day", "sales", "revenue_minor",
                "identified_sales", "identified_revenue_minor", "enrollments", "refunds", "refunded_minor",
                "points_earned", "points_redeemed")).insert(connection, rows);
        rows.clear();
        // a day with only refunds has no cashier rows, as a round leaves it
        scan.cashierDays.forEach((k, c) -> rows.add(new Object[] {k.storeId(), k.day(), k.cashierId(), c[0], c[1],
            c[2], c[3]}));
        new MultiRowInsert("analytics_cashier_day", List.of("store_id", "day", "cashier_id", "sales",
                "identified_sales", "enrollments", "revenue_minor")).insert(connection, rows);
    }

    private static long writeCustomers(Connection connection, String businessId, PurchaseColumns purchases,
                                       Map<Cell, CellChange> cells, Map<Day, DayChange> firstDays)
            throws SQLException {
        MultiRowInsert customerRows = new MultiRowInsert("analytics_customer", List.of("customer_id", "business_id",
                "first_store_id", "first_day", "second_day", "last_day", "visit_days", "sales", "revenue_minor",
                "months"));
        List<Object[]> customers = new ArrayList<>();
        long[] written = {0};
        SQLException[] failed = {null};
        purchases.forEachCustomer((customerId, history) -> {
            Facts facts = CustomerHistory.of(history);
            if (facts == null || failed[0] != null) {
                return;
            }
            written[0]++;
            customers.add(new Object[] {customerId, businessId, facts.firstStoreId(), facts.firstDay(),
                facts.secondDay(), facts.lastDay(), facts.visitDays(), facts.sales(), facts.revenueMinor(),
                CustomerMonths.write(facts.months())});
            CohortDeltas deltas = CohortDeltas.between(null, facts);
            deltas.cells().forEach((cell, change) -> cells.merge(cell, change,
                    (a, b) -> new CellChange(a.customers() + b.customers(), a.revenueMinor() + b.revenueMinor())));
            deltas.days().forEach((day, change) -> firstDays.merge(day, change, DayChange::plus));
            if (customers.size() >= WRITE_EVERY) {
                try {
                    customerRows.insert(connection, customers);
                } catch (SQLException e) {
                    failed[0] = e;
                }
                customers.clear();
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        customerRows.insert(connection, customers);
        return written[0];
    }

    private static void writeCohorts(Connection connection, String businessId, Map<Cell, CellChange> cells,
                                     Map<Day, DayChange> firstDays) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        cells.values().removeIf(v -> v.customers() == 0 && v.revenueMinor() == 0);
        cells.forEach((c, v) -> rows.add(new Object[] {businessId, c.firstStoreId(), c.cohort().atDay(1),
            c.month().atDay(1), v.customers(), v.revenueMinor()}));
        new MultiRowInsert("analytics_cohort_cell", List.of("business_id", "first_store_id", "cohort_month",
                "month", "customers", "revenue_minor")).insert(connection, rows);
        rows.clear();
        firstDays.forEach((d, v) -> rows.add(new Object[] {businessId, d.firstStoreId(), d.day(), v.newCustomers(),
            v.backIn30(), v.backIn60(), v.backIn90(), v.sales(), v.revenueMinor(), v.visitDays(), v.spanDays()}));
        new MultiRowInsert("analytics_first_visit_day", List.of("business_id", "first_store_id", "day",
                "new_customers", "back_in_30", "back_in_60", "back_in_90", "sales", "revenue_minor", "visit_days",
                "span_days")).insert(connection, rows);
    }
}
