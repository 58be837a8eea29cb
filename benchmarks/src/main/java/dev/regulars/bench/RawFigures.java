package dev.regulars.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The 30-day dashboard's figures (sales, revenue, identified sales, enrollments, new customers; this period and the
 * one before) read two ways in the same run: from the roll-ups, as the Figures page reads them (OwnerFigures'
 * queries), and by plain SQL over the raw sales, as a page without roll-ups would have to. Each timed 3 times; the
 * medians, in ms.
 */
final class RawFigures {

    /** Each way is timed this many times; the median counts. */
    private static final int PASSES = 3;

    private RawFigures() {
    }

    /** @return {roll-ups ms, raw sales ms}, medians of 5 */
    static double[] compare(Connection db, String businessId, List<String> stores) throws Exception {
        String list = "'" + String.join("', '", stores) + "'";
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate first = today.minusDays(29);
        LocalDate before = first.minusDays(30);
        String rollup = "SELECT SUM(sales), SUM(revenue_minor), SUM(identified_sales), SUM(enrollments)"
                + " FROM analytics_store_day WHERE store_id IN (" + list + ") AND day BETWEEN ? AND ?";
        String rollupNew = "SELECT SUM(new_customers) FROM analytics_first_visit_day WHERE business_id = '"
                + businessId + "' AND first_store_id IN (" + list + ") AND day BETWEEN ? AND ?";
        String raw = "SELECT COUNT(*), SUM(due_minor), SUM(customer_id IS NOT NULL), SUM(enrolled_here) FROM sale"
                + " WHERE store_id IN (" + list + ") AND rung_up_at >= ? AND rung_up_at < ?";
        // both periods' new customers in one pass over the sales: the raw way's cheapest form
        String rawNew = "SELECT SUM(x.f >= ? AND x.f < ?), SUM(x.f >= ? AND x.f < ?) FROM (SELECT customer_id,"
                + " MIN(rung_up_at) AS f FROM sale WHERE store_id IN (" + list + ") AND customer_id IS NOT NULL"
                + " GROUP BY customer_id) x";
        List<Double> fromRollups = new ArrayList<>();
        List<Double> fromRaw = new ArrayList<>();
        for (int i = 0; i < PASSES; i++) {
            long t = System.nanoTime();
            for (LocalDate start : List.of(first, before)) {
                LocalDate end = start.plusDays(29);
                run(db, rollup, start, end);
                run(db, rollupNew, start, end);
            }
            fromRollups.add((System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            List<Object> bounds = new ArrayList<>();
            for (LocalDate start : List.of(first, before)) {
                LocalDateTime from = start.atStartOfDay(ZoneId.of("Europe/Amsterdam"))
                        .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
                LocalDateTime to = from.plusDays(30);
                run(db, raw, from, to);
                bounds.add(from);
                bounds.add(to);
            }
            run(db, rawNew, bounds.toArray());
            fromRaw.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(fromRollups);
        Collections.sort(fromRaw);
        return new double[] {fromRollups.get(PASSES / 2), fromRaw.get(PASSES / 2)};
    }

    private static void run(Connection db, String sql, Object... values) throws Exception {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
            }
        }
    }
}
