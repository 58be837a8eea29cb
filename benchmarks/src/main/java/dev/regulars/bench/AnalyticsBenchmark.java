package dev.regulars.bench;

import dev.regulars.devstack.MariaDbServer;
import dev.regulars.devstack.PayaraMicroServer;
import dev.regulars.server.analytics.RebuildFigures;
import dev.regulars.server.analytics.SegmentSnapshot;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The owner's figures at a million customers and ten million sales (issue 12): {@code analytics-rebuild-10m} (the
 * whole roll-up rebuilt by {@link RebuildFigures}), {@code analytics-dashboard-p95} (the Figures, Coming back and
 * Segments pages over HTTP, logged in as the owner, filters by store and period, p95 of all requests) and
 * {@code analytics-speedup-vs-raw} (the 30-day dashboard's figures read from the roll-ups against the same figures
 * computed by plain SQL from the raw sales, in the same run).
 *
 * <pre>benchmarks/analytics.sh [--customers 1000000] [--sales-per-customer 10] [--requests 300] [--seed-only true]</pre>
 *
 * On a fresh copy of the seeded million customers (seeded first when missing, as benchmarks/run.sh does), four
 * stores in two business lines get {@code sales-per-customer} sales per customer over the last two years, written
 * straight into the sale table (what ten million synced sales leave; no lines), with ratings and a weekly campaign;
 * that is kept as .bench-data/seeded-analytics-(customers)x(per customer) for later runs. Each run starts from a
 * copy of it (no roll-ups yet) and rebuilds the roll-ups.
 */
public final class AnalyticsBenchmark {

    private static final String COMMAND = "benchmarks/analytics.sh";

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = SyncIngestBenchmark.options(args);
        int customers = Integer.parseInt(o.getOrDefault("customers", "1000000"));
        int perCustomer = Integer.parseInt(o.getOrDefault("sales-per-customer", "10"));
        int requests = Integer.parseInt(o.getOrDefault("requests", "300"));
        String command = COMMAND + String.join("", o.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> " --" + e.getKey() + " " + e.getValue()).toList());
        SyncIngestBenchmark.ensureSeeded(o, customers);
        String seed = "analytics-" + customers + "x" + perCustomer;
        if (!BenchDatabase.isSeeded(seed)) {
            try (MariaDbServer mariadb = BenchDatabase.startSeededCopy(customers)) {
                SyncIngestBenchmark.withServer(mariadb, o, (db, server) -> seed(db, perCustomer));
            }
            BenchDatabase.saveRunAs(seed);
        }
        if (o.containsKey("seed-only")) {
            return;
        }
        try (MariaDbServer mariadb = BenchDatabase.startSeededCopy(seed)) {
            List<String[]> rows = SyncIngestBenchmark.withServer(mariadb, o, (db, server) ->
                    measure(db, server, mariadb, customers, requests, command));
            TillBenchmark.save(rows);
        }
    }

    /** The stores, lines, sales, ratings and campaigns the figures are measured on; kept for later runs. */
    private static Void seed(Connection db, int perCustomer) throws Exception {
        Business business = Business.load(db);
        List<String> stores = AnalyticsSeeder.storesAndLines(db, business.id(), business.storeId());
        long start = System.nanoTime();
        long sales = AnalyticsSeeder.sales(db, business.id(), stores, perCustomer);
        System.out.printf("wrote %d sales in %.1f s%n", sales, (System.nanoTime() - start) / 1e9);
        long[] rated = AnalyticsSeeder.ratingsAndCampaigns(db, business.id());
        System.out.printf("wrote %d ratings and %d campaign recipients%n", rated[0], rated[1]);
        return null;
    }

    private static List<String[]> measure(Connection db, PayaraMicroServer server, MariaDbServer mariadb,
                                          int customers, int requests, String command)
            throws Exception {
        Business business = Business.load(db);
        List<String> stores = AnalyticsSeeder.stores(db, business.id());
        long sales = count(db, "SELECT COUNT(*) FROM sale WHERE id LIKE 'b0000000-%'");
        // the server's jobs take the month's segments snapshot (holding the roll-up lock the rebuild needs too) and
        // measure the campaigns' outcomes soon after it starts: measured after them, not waiting for them
        awaitSnapshot(db, business.id());
        long start = System.nanoTime();
        List<String> steps = RebuildFigures.run(mariadb.jdbcUrlWithCredentials("regulars_bench"), business.id());
        steps.forEach(System.out::println);
        double rebuild = (System.nanoTime() - start) / 1e9;
        System.out.printf("rebuilt the figures in %.1f s%n", rebuild);

        start = System.nanoTime();
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        SegmentSnapshot.take(db, business.id(), YearMonth.now(java.time.ZoneId.of("Europe/Amsterdam")), Instant.now(),
                false);
        db.commit();
        db.setAutoCommit(auto);
        double snapshot = (System.nanoTime() - start) / 1e9;
        System.out.printf("took the segments snapshot in %.1f s%n", snapshot);

        double[] speedup = RawFigures.compare(db, business.id(), stores);
        System.out.printf("30-day dashboard figures: roll-ups %.1f ms, raw sales %.1f ms%n", speedup[0], speedup[1]);

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = server.baseUrl() + "/";
        logIn(http, base);
        List<String> pages = new ArrayList<>(List.of("admin/figures.xhtml?days=7", "admin/figures.xhtml?days=30",
                "admin/retention.xhtml", "admin/segments.xhtml"));
        for (String store : stores.subList(0, 2)) {
            pages.add("admin/figures.xhtml?days=30&store=" + store);
            pages.add("admin/retention.xhtml?store=" + store);
            pages.add("admin/segments.xhtml?store=" + store);
        }
        for (String page : pages) { // warm each page (Faces compiles its view at the first request)
            get(http, base + page);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            get(http, base + pages.get(i % pages.size()));
            ms.add((System.nanoTime() - t) / 1e6);
        }
        double p95 = TillBenchmark.percentile(ms, 95);
        System.out.printf("pages: p50 %.1f ms, p95 %.1f ms%n", TillBenchmark.percentile(ms, 50), p95);
        String setup = customers + " customers, " + sales + " sales over two years in " + stores.size()
                + " stores of two business lines, InnoDB buffer pool " + BufferPool.current(db) / (1024 * 1024)
                + " MB";
        return List.of(
                new String[] {"analytics-segment-snapshot-1m", String.format("%.1f", snapshot), "s", "-",
                        command + " (SegmentSnapshot.take of the running month, as the daily job does; " + setup + ")"},
                new String[] {"analytics-rebuild-10m", String.format("%.1f", rebuild), "s",
                        steps.get(0).replaceFirst("^business [^:]*: ", "").replace(";", ","),
                        command + " (RebuildFigures of the business; "
                        + setup + ")"},
                new String[] {"analytics-dashboard-p95", String.format("%.1f", p95), "ms",
                        String.format("p50 %.1f ms, max %.1f ms", TillBenchmark.percentile(ms, 50),
                                TillBenchmark.percentile(ms, 100)), command + " (" + requests + " GETs of "
                        + pages.size() + " Figures, Coming back and Segments pages, whole business and by store,"
                        + " logged in as the owner, one after another; " + setup + ")"},
                new String[] {"analytics-speedup-vs-raw", String.format("%.0f", speedup[1] / speedup[0]), "ratio",
                        String.format("raw SQL over the sales %.1f ms, roll-ups %.1f ms", speedup[1], speedup[0]),
                        command + " (the 30-day dashboard's figures for the whole business, this and the period"
                        + " before: sales, revenue, identified, enrollments, new customers; median of 3 each)"});
    }

    /**
     * Waits (at most 10 minutes) until the server's jobs have taken this month's segments snapshot and measured every
     * campaign occurrence's outcome.
     */
    private static void awaitSnapshot(Connection db, String businessId) throws Exception {
        long until = System.nanoTime() + 600_000_000_000L;
        while (count(db, "SELECT COUNT(*) FROM analytics_segment_snapshot WHERE business_id = '" + businessId
                + "'") == 0 || count(db, "SELECT COUNT(*) FROM campaign_run_outcome WHERE measured_at IS NULL") > 0) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the server took no segments snapshot in 10 minutes");
            }
            Thread.sleep(2000);
        }
    }

    private static void logIn(HttpClient http, String base) throws Exception {
        get(http, base + "admin/");
        String form = "j_username=" + URLEncoder.encode("owner@demo.regulars.dev", StandardCharsets.UTF_8)
                + "&j_password=regulars-demo";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "admin/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!get(http, base + "admin/figures.xhtml").contains("How the business is doing")) {
            throw new IllegalStateException("the owner could not log in: " + response.statusCode());
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    static long count(Connection db, String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
