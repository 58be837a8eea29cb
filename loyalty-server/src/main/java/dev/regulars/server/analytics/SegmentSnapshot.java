package dev.regulars.server.analytics;

import dev.regulars.server.campaigns.AudienceQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFM segments of a business at a month's snapshot, in one transaction on the caller's connection (commit
 * after): every customer's class (as the campaign criterion selects it, {@link AudienceQuery#rfmClass}) and quintile
 * scores ({@link Quintiles}) into analytics_customer_segment, then the segment sizes, the R x F grid and the moves
 * from the month before's snapshot. The business's analytics_state row is held, so two nodes
 * never take one snapshot at once; taking a snapshot again at the same time gives the same rows.
 */
public final class SegmentSnapshot {

    private static final String[] TABLES = {"analytics_customer_segment", "analytics_segment_month",
        "analytics_segment_move", "analytics_rfm_cell"};

    private SegmentSnapshot() {
    }

    /**
     * What the job does each time it looks (under the lock, so a second node finds it done): the month before the
     * running one is taken once more, finally, if its last snapshot was taken before its end; the running month is
     * taken again if its snapshot is not from today; per-customer rows older than the month before are deleted.
     * Months before the first snapshot have none.
     *
     * @return the months taken
     */
    public static List<YearMonth> refresh(Connection db, String businessId, ZoneId zone, Instant now)
            throws SQLException {
        RollupRound.lock(db, businessId);
        LocalDate today = now.atZone(zone).toLocalDate();
        YearMonth running = YearMonth.from(today);
        List<YearMonth> taken = new ArrayList<>();
        Object[] before = snapshot(db, businessId, running.minusMonths(1));
        if (before != null && !(Boolean) before[1]) {
            take(db, businessId, running.minusMonths(1), now, true);
            taken.add(running.minusMonths(1));
        }
        Object[] current = snapshot(db, businessId, running);
        if (current == null || ((LocalDateTime) current[0]).atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)
                .toLocalDate().isBefore(today)) {
            take(db, businessId, running, now, false);
            taken.add(running);
        }
        update(db, "DELETE FROM analytics_customer_segment WHERE business_id = ? AND month < ?", businessId,
                running.minusMonths(1).atDay(1));
        return taken;
    }

    /** Whether the month's snapshot is due: the cheap look before {@link #refresh} (no lock). */
    public static boolean due(Connection db, String businessId, ZoneId zone, Instant now) throws SQLException {
        LocalDate today = now.atZone(zone).toLocalDate();
        Object[] current = snapshot(db, businessId, YearMonth.from(today));
        Object[] before = snapshot(db, businessId, YearMonth.from(today).minusMonths(1));
        return current == null || before != null && !(Boolean) before[1] || ((LocalDateTime) current[0])
                .atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate().isBefore(today);
    }

    /** Takes the month's snapshot as of {@code now} (replacing one taken before). */
    public static void take(Connection db, String businessId, YearMonth month, Instant now, boolean last)
            throws SQLException {
        RollupRound.lock(db, businessId);
        LocalDate m = month.atDay(1);
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        for (String table : TABLES) {
            update(db, "DELETE FROM " + table + " WHERE business_id = ? AND month = ?", businessId, m);
        }
        List<Object> params = new ArrayList<>(List.of(businessId, m));
        String rfm = AudienceQuery.rfmClass(now, params);
        params.add(at);
        params.add(businessId);
        update(db, "INSERT INTO analytics_customer_segment (business_id, month, customer_id, store_id, segment,"
                + " recency, visits, spend_minor, r, f, m) SELECT ?, ?, c.id, COALESCE(c.last_store_id, ''), " + rfm
                + ", CASE WHEN c.visits > 0 AND c.last_visit_at IS NOT NULL THEN TIMESTAMPDIFF(DAY, c.last_visit_at,"
                + " ?) END, c.visits, c.total_spend_minor, 0, 0, 0 FROM customer c WHERE " + AudienceQuery.CUSTOMERS,
                params.toArray());
        score(db, businessId, m);
        update(db, "INSERT INTO analytics_segment_month (business_id, month, store_id, segment, customers, visits,"
                + " spend_minor) SELECT business_id, month, store_id, segment, COUNT(*), SUM(visits), SUM(spend_minor)"
                + " FROM analytics_customer_segment WHERE business_id = ? AND month = ?"
                + " GROUP BY business_id, month, store_id, segment", businessId, m);
        update(db, "INSERT INTO analytics_rfm_cell (business_id, month, store_id, r, f, customers, m_sum)"
                + " SELECT business_id, month, store_id, r, f, COUNT(*), SUM(m) FROM analytics_customer_segment"
                + " WHERE business_id = ? AND month = ? AND recency IS NOT NULL"
                + " GROUP BY business_id, month, store_id, r, f", businessId, m);
        if (snapshot(db, businessId, month.minusMonths(1)) != null) {
            moves(db, businessId, month);
        }
        update(db, "REPLACE INTO analytics_segment_snapshot (business_id, month, taken_at, final) VALUES (?, ?, ?, ?)",
                businessId, m, at, last);
    }

    /** The quintiles over the customers with a visit, then their scores. */
    private static void score(Connection db, String businessId, LocalDate m) throws SQLException {
        String where = " FROM analytics_customer_segment WHERE business_id = ? AND month = ? AND recency IS NOT NULL";
        long n;
        try (PreparedStatement st = db.prepareStatement("SELECT COUNT(*)" + where)) {
            st.setString(1, businessId);
            st.setObject(2, m);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                n = rs.getLong(1);
            }
        }
        if (n == 0) {
            return;
        }
        // recency: fewer days since the last visit is better, so it is scored on minus the days
        String[] measures = {"-recency", "visits", "spend_minor"};
        List<String> scores = new ArrayList<>();
        for (String measure : measures) {
            List<Long> cuts = new ArrayList<>();
            for (int at : Quintiles.positions(n)) {
                try (PreparedStatement st = db.prepareStatement("SELECT " + measure + where + " ORDER BY "
                        + measure + " LIMIT 1 OFFSET " + at)) {
                    st.setString(1, businessId);
                    st.setObject(2, m);
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        cuts.add(rs.getLong(1));
                    }
                }
            }
            scores.add(new Quintiles(cuts).sql(measure));
        }
        update(db, "UPDATE analytics_customer_segment SET r = " + scores.get(0) + ", f = " + scores.get(1)
                + ", m = " + scores.get(2) + " WHERE business_id = ? AND month = ? AND recency IS NOT NULL",
                businessId, m);
    }

    /**
     * The moves from the month before's snapshot: each customer of this one from their segment then ('' not yet a
     * customer), and each one of then who is no longer ('' as to: merged into another record since); under the store
     * of the latest visit now (then, for one gone).
     */
    private static void moves(Connection db, String businessId, YearMonth month) throws SQLException {
        LocalDate now = month.atDay(1);
        LocalDate then = month.minusMonths(1).atDay(1);
        update(db, "INSERT INTO analytics_segment_move (business_id, month, store_id, from_segment, to_segment,"
                + " customers) SELECT ?, ?, store_id, from_segment, to_segment, COUNT(*) FROM ("
                + " SELECT a.store_id, COALESCE(b.segment, '') AS from_segment, a.segment AS to_segment"
                + " FROM analytics_customer_segment a LEFT JOIN analytics_customer_segment b"
                + " ON b.business_id = a.business_id AND b.month = ? AND b.customer_id = a.customer_id"
                + " WHERE a.business_id = ? AND a.month = ?"
                + " UNION ALL SELECT b.store_id, b.segment, '' FROM analytics_customer_segment b"
                + " WHERE b.business_id = ? AND b.month = ? AND NOT EXISTS (SELECT 1 FROM analytics_customer_segment a"
                + " WHERE a.business_id = b.business_id AND a.month = ? AND a.customer_id = b.customer_id)"
                + ") x GROUP BY store_id, from_segment, to_segment",
                businessId, now, then, businessId, now, businessId, then, now);
    }

    /** taken_at (UTC) and final of the month's snapshot, or null. */
    private static Object[] snapshot(Connection db, String businessId, YearMonth month) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT taken_at, final FROM analytics_segment_snapshot"
                + " WHERE business_id = ? AND month = ?")) {
            st.setString(1, businessId);
            st.setObject(2, month.atDay(1));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Object[] {rs.getObject(1, LocalDateTime.class), rs.getBoolean(2)} : null;
            }
        }
    }

    private static void update(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }
}
