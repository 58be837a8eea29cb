package dev.regulars.server.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every roll-up of one business worked out again from all its sales and refunds, in a few set-based statements
 * (the per-day and per-customer work of a round would take hours over ten million sales). Gives the same rows as
 * the rounds do (RollupConsistencyIT compares them). Holds the business's analytics_state row, so no round folds
 * meanwhile; the outbox is left alone: the rows in it are folded again afterwards, which changes nothing.
 */
public final class RollupRebuild {

    private static final Pattern SAFE_ID = Pattern.compile("[0-9a-fA-F-]{36}");

    private RollupRebuild() {
    }

    /**
     * Rebuilds on the caller's connection and transaction (commit after).
     *
     * @throws SQLException as MariaDB says
     */
    public static void rebuild(Connection connection, String businessId, Instant now) throws SQLException {
        if (!SAFE_ID.matcher(businessId).matches()) {
            throw new IllegalArgumentException("not a business id: " + businessId);
        }
        RollupRound.lock(connection, businessId);
        Map<String, ZoneId> zones = RollupRound.zones(connection, businessId);
        String b = "'" + businessId + "'";
        try (Statement st = connection.createStatement()) {
            String stores = zones.isEmpty() ? "''" : zones.keySet().stream().map(id -> "'" + id + "'")
                    .collect(Collectors.joining(","));
            st.executeUpdate("DELETE FROM analytics_store_day WHERE store_id IN (" + stores + ")");
            st.executeUpdate("DELETE FROM analytics_cashier_day WHERE store_id IN (" + stores + ")");
            st.executeUpdate("DELETE m FROM analytics_customer_month m JOIN analytics_customer c"
                    + " ON c.customer_id = m.customer_id WHERE c.business_id = " + b);
            st.executeUpdate("DELETE FROM analytics_customer WHERE business_id = " + b);
            st.executeUpdate("DELETE FROM analytics_cohort_cell WHERE business_id = " + b);
            st.executeUpdate("DELETE FROM analytics_first_visit_day WHERE business_id = " + b);
            Instant[] span = span(connection, stores);
            if (span != null) {
                fill(st, b, stores, zones, span);
            }
        }
        try (PreparedStatement st = connection.prepareStatement(
                "UPDATE analytics_state SET rebuilt_at = ?, folded_at = ? WHERE business_id = ?")) {
            LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            st.setObject(1, at);
            st.setObject(2, at);
            st.setString(3, businessId);
            st.executeUpdate();
        }
    }

    private static void fill(Statement st, String b, String stores, Map<String, ZoneId> zones, Instant[] span)
            throws SQLException {
        String saleDay = LocalDaySql.localDay("s.rung_up_at", "s.store_id", zones, span[0], span[1]);
        String refundDay = LocalDaySql.localDay("r.refunded_at", "s.store_id", zones, span[0], span[1]);
        st.executeUpdate("INSERT INTO analytics_store_day (store_id, day, sales, revenue_minor, identified_sales,"
                + " identified_revenue_minor, enrollments, refunds, refunded_minor, points_earned, points_redeemed)"
                + " SELECT s.store_id, " + saleDay + ", COUNT(*), SUM(s.due_minor), SUM(s.customer_id IS NOT NULL),"
                + " SUM(IF(s.customer_id IS NULL, 0, s.due_minor)), SUM(s.enrolled_here), 0, 0,"
                + " SUM(s.points_earned), SUM(s.points_redeemed) FROM sale s WHERE s.store_id IN (" + stores + ")"
                + " GROUP BY 1, 2");
        st.executeUpdate("INSERT INTO analytics_store_day (store_id, day, sales, revenue_minor, identified_sales,"
                + " identified_revenue_minor, enrollments, refunds, refunded_minor, points_earned, points_redeemed)"
                + " SELECT s.store_id, " + refundDay + " AS d, 0, 0, 0, 0, 0, COUNT(*), SUM(r.money_back_minor), 0, 0"
                + " FROM refund r JOIN sale s ON s.id = r.sale_id WHERE s.store_id IN (" + stores + ")"
                + " GROUP BY 1, 2 ON DUPLICATE KEY UPDATE refunds = VALUES(refunds),"
                + " refunded_minor = VALUES(refunded_minor)");
        st.executeUpdate("INSERT INTO analytics_cashier_day (store_id, day, cashier_id, sales, identified_sales,"
                + " enrollments, revenue_minor) SELECT s.store_id, " + saleDay + ", COALESCE(s.cashier_id, ''),"
                + " COUNT(*), SUM(s.customer_id IS NOT NULL), SUM(s.enrolled_here), SUM(s.due_minor)"
                + " FROM sale s WHERE s.store_id IN (" + stores + ") GROUP BY 1, 2, 3");
        // customers: their days with a purchase (visits), the first one with its store, then months
        st.executeUpdate("CREATE TEMPORARY TABLE rebuild_visit (customer_id CHAR(36) CHARACTER SET ascii NOT NULL,"
                + " day DATE NOT NULL, first_at VARCHAR(80) CHARACTER SET ascii NOT NULL, sales INT NOT NULL,"
                + " revenue_minor BIGINT NOT NULL, PRIMARY KEY (customer_id, day)) ENGINE = InnoDB");
        try {
            st.executeUpdate("INSERT INTO rebuild_visit SELECT s.customer_id, " + saleDay + ","
                    + " MIN(CONCAT(DATE_FORMAT(s.rung_up_at, '%Y%m%d%H%i%s%f'), s.store_id)), COUNT(*),"
                    + " SUM(s.due_minor) FROM sale s WHERE s.store_id IN (" + stores + ")"
                    + " AND s.customer_id IS NOT NULL GROUP BY 1, 2");
            st.executeUpdate("INSERT INTO analytics_customer (customer_id, business_id, first_store_id, first_day,"
                    + " second_day, last_day, visit_days, sales, revenue_minor) SELECT v.customer_id, " + b + ","
                    + " SUBSTRING(MIN(v.first_at), 21), MIN(v.day), NULL, MAX(v.day), COUNT(*), SUM(v.sales),"
                    + " SUM(v.revenue_minor) FROM rebuild_visit v GROUP BY v.customer_id");
            st.executeUpdate("UPDATE analytics_customer c JOIN (SELECT v.customer_id, MIN(v.day) AS d"
                    + " FROM rebuild_visit v JOIN analytics_customer c2 ON c2.customer_id = v.customer_id"
                    + " AND v.day > c2.first_day WHERE c2.business_id = " + b + " GROUP BY v.customer_id) x"
                    + " ON x.customer_id = c.customer_id SET c.second_day = x.d");
            st.executeUpdate("INSERT INTO analytics_customer_month (customer_id, month, sales, revenue_minor)"
                    + " SELECT v.customer_id, DATE_FORMAT(v.day, '%Y-%m-01'), SUM(v.sales), SUM(v.revenue_minor)"
                    + " FROM rebuild_visit v GROUP BY 1, 2");
        } finally {
            st.executeUpdate("DROP TEMPORARY TABLE rebuild_visit");
        }
        // refunds take revenue in their month, from the customer and their month
        st.executeUpdate("INSERT INTO analytics_customer_month (customer_id, month, sales, revenue_minor)"
                + " SELECT s.customer_id, DATE_FORMAT(" + refundDay + ", '%Y-%m-01'), 0, -SUM(r.money_back_minor)"
                + " FROM refund r JOIN sale s ON s.id = r.sale_id JOIN analytics_customer c"
                + " ON c.customer_id = s.customer_id WHERE s.store_id IN (" + stores + ") GROUP BY 1, 2"
                + " ON DUPLICATE KEY UPDATE revenue_minor = revenue_minor + VALUES(revenue_minor)");
        st.executeUpdate("UPDATE analytics_customer c JOIN (SELECT s.customer_id, SUM(r.money_back_minor) AS back"
                + " FROM refund r JOIN sale s ON s.id = r.sale_id WHERE s.store_id IN (" + stores + ")"
                + " AND s.customer_id IS NOT NULL GROUP BY 1) x ON x.customer_id = c.customer_id"
                + " SET c.revenue_minor = c.revenue_minor - x.back");
        st.executeUpdate("INSERT INTO analytics_cohort_cell (business_id, first_store_id, cohort_month, month,"
                + " customers, revenue_minor) SELECT " + b + ", c.first_store_id, DATE_FORMAT(c.first_day,"
                + " '%Y-%m-01'), m.month, SUM(m.sales > 0), SUM(m.revenue_minor) FROM analytics_customer c"
                + " JOIN analytics_customer_month m ON m.customer_id = c.customer_id WHERE c.business_id = " + b
                + " GROUP BY 2, 3, 4");
        st.executeUpdate("INSERT INTO analytics_first_visit_day (business_id, first_store_id, day, new_customers,"
                + " back_in_30, back_in_60, back_in_90, sales, revenue_minor, visit_days, span_days)"
                + " SELECT " + b + ", first_store_id, first_day, COUNT(*),"
                + " COALESCE(SUM(second_day <= first_day + INTERVAL 30 DAY), 0),"
                + " COALESCE(SUM(second_day <= first_day + INTERVAL 60 DAY), 0),"
                + " COALESCE(SUM(second_day <= first_day + INTERVAL 90 DAY), 0), SUM(sales), SUM(revenue_minor),"
                + " SUM(visit_days), SUM(DATEDIFF(last_day, first_day)) FROM analytics_customer"
                + " WHERE business_id = " + b
                + " GROUP BY 2, 3");
    }

    /** The first and last instants of the stores' sales and refunds, or null when there are none. */
    private static Instant[] span(Connection connection, String stores) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT MIN(t), MAX(t) FROM (SELECT MIN(rung_up_at) t FROM sale"
                     + " WHERE store_id IN (" + stores + ") UNION ALL SELECT MAX(rung_up_at) FROM sale WHERE store_id"
                     + " IN (" + stores + ") UNION ALL SELECT MAX(r.refunded_at) FROM refund r JOIN sale s"
                     + " ON s.id = r.sale_id WHERE s.store_id IN (" + stores + ")) x")) {
            rs.next();
            LocalDateTime first = rs.getObject(1, LocalDateTime.class);
            LocalDateTime last = rs.getObject(2, LocalDateTime.class);
            return first == null ? null
                    : new Instant[] {first.toInstant(ZoneOffset.UTC), last.toInstant(ZoneOffset.UTC)};
        }
    }
}
