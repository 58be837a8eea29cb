package dev.regulars.bench;

import dev.regulars.devstack.MariaDbServer;
import dev.regulars.devstack.PayaraMicroServer;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.TillIdentity;
import dev.regulars.pos.sync.BackgroundSync;
import dev.regulars.pos.sync.TillSync;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The first fill of a till's cache from a server with a million customers, while a cashier works at the till.
 *
 * <p>On a copy of the seeded million (.bench-data/, seeded first if missing), with the server on Payara Micro as
 * benchmarks/run.sh starts it, each seeded customer gets a change number of their own (as a million enrollments
 * would have given them; the seeder leaves them at 0), and then a till with an empty journal pairs (TillSync.pair,
 * as the pairing screen does) and starts its background sync (as PosApp does once paired): the figure runs from
 * the pairing request to the end of the first background round, when the last page is in the journal. From the
 * moment pairing returns (the till shows its PIN screen) a {@link CashierProbe} looks customers up, reprices a
 * check and records sales on other threads; the same probe runs again on the idle till afterwards as the baseline.
 */
final class TillCacheFill {

    private static final Duration IDLE_PROBE = Duration.ofSeconds(15);

    private TillCacheFill() {
    }

    static List<String[]> run(Map<String, String> o, String command, java.util.Set<String> parts)
            throws Exception {
        boolean fill = parts.contains("fill");
        int customers = Integer.parseInt(o.getOrDefault("customers", "1000000"));
        SyncIngestBenchmark.ensureSeeded(o, customers);
        try (MariaDbServer mariadb = BenchDatabase.startSeededCopy(customers)) {
            return SyncIngestBenchmark.withServer(mariadb, o, (db, server) -> {
                long pool = BufferPool.atLeast(db, BufferPool.BENCH_BYTES);
                try {
                    numberChanges(db, Business.load(db).id());
                    if (parts.contains("fill-parts")) {
                        TillFillParts.run(db, server, Integer.parseInt(o.getOrDefault("page", "5000")));
                    }
                    if (!fill && !parts.contains("cold-start")) {
                        return List.<String[]>of();
                    }
                    Path journal = TillBenchmark.WORK.resolve("filled").resolve("journal.db");
                    List<String[]> rows = new ArrayList<>(fill(db, server, journal, customers, command));
                    if (!fill) {
                        rows.clear();
                    }
                    if (parts.contains("cold-start")) {
                        rows.addAll(TillColdStart.run(journal.getParent(), o, command));
                    }
                    return rows;
                } finally {
                    BufferPool.restore(db, pool);
                }
            });
        }
    }

    /** Gives every customer still at change number 0 (the seeded ones) a number of their own, in phone order. */
    private static void numberChanges(Connection db, String businessId) throws Exception {
        long start = System.nanoTime();
        try (Statement st = db.createStatement()) {
            long last;
            try (ResultSet rs = st.executeQuery("SELECT last_value FROM change_sequence WHERE business_id = '"
                    + businessId + "'")) {
                rs.next();
                last = rs.getLong(1);
            }
            st.execute("SET @seq := " + last);
            int numbered = st.executeUpdate("UPDATE customer SET change_seq = (@seq := @seq + 1) WHERE business_id = '"
                    + businessId + "' AND change_seq = 0 ORDER BY phone_e164");
            st.executeUpdate("UPDATE change_sequence SET last_value = @seq WHERE business_id = '" + businessId + "'");
            System.out.printf("gave %d customers change numbers in %.1f s%n", numbered,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private static List<String[]> fill(Connection db, PayaraMicroServer server, Path file, int customers,
                                       String command) throws Exception {
        BenchDatabase.delete(file.getParent());
        int onServer = CustomerSeeder.count(db, "SELECT COUNT(*) FROM customer");
        String code = SyncIngestBenchmark.pairingCode(db, Business.load(db).storeId());
        try (Journal journal = Journal.open(file)) {
            TillSync sync = new TillSync(journal);
            CompletableFuture<BackgroundSync.SyncResult> firstRound = new CompletableFuture<>();
            long start = System.nanoTime();
            TillIdentity till = sync.pairWithFirstPage(server.baseUrl(), code, "Bench till");
            double paired = (System.nanoTime() - start) / 1e9;
            System.out.printf("paired in %.2f s; %d customers cached so far%n", paired, cached(file));
            CashierProbe during = new CashierProbe(journal, till, customers);
            double seconds;
            try (BackgroundSync background = new BackgroundSync(sync, firstRound::complete)) {
                background.start(Duration.ofSeconds(15));
                BackgroundSync.SyncResult round = firstRound.get(15, TimeUnit.MINUTES);
                seconds = (System.nanoTime() - start) / 1e9;
                during.close();
                if (round.failure() != null) {
                    throw new IllegalStateException("the till's sync failed", round.failure());
                }
            }
            int inCache = cached(file);
            System.out.printf("filled %d customers in %.1f s%n", inCache, seconds);
            if (inCache < customers) {
                throw new IllegalStateException("the till cached " + inCache + " customers, not " + customers);
            }
            CashierProbe idle = new CashierProbe(journal, till, customers);
            Thread.sleep(IDLE_PROBE.toMillis());
            idle.close();
            System.out.println("lookups during the fill: " + CashierProbe.describe(during.lookups)
                    + "; idle: " + CashierProbe.describe(idle.lookups));
            System.out.println("previews during the fill: " + CashierProbe.describe(during.previews)
                    + "; idle: " + CashierProbe.describe(idle.previews));
            System.out.println("sales during the fill: " + CashierProbe.describe(during.sales)
                    + "; idle: " + CashierProbe.describe(idle.sales));
            String setup = command + " (" + onServer + " customers on the server, Payara Micro + MariaDB on this"
                    + " machine";
            String probe = " measured from when due, from pairing to the last page; baseline: the same on the idle"
                    + " till for " + IDLE_PROBE.toSeconds() + " s after)";
            return List.of(
                    new String[] {"till-cache-fill-1m", String.format("%.1f", seconds), "s",
                            String.format("PIN screen after %.2f s (pairing's first page)", paired),
                            setup + ", from the pairing request to the last page of changes in the journal; "
                                    + inCache + " customers cached)"},
                    during("till-lookup-p99-during-fill", during.lookups, idle.lookups, setup
                            + "; CustomerLookup every 20 ms:" + probe),
                    during("till-pricing-p99-during-fill", during.previews, idle.previews, setup
                            + "; Checkout.preview of the 10-line check every 50 ms:" + probe),
                    during("till-durable-commit-p99-during-fill", during.sales, idle.sales, setup
                            + "; Journal.recordSale every 250 ms:" + probe));
        }
    }

    private static String[] during(String figure, List<Double> during, List<Double> idle, String command) {
        return new String[] {figure, TillBenchmark.ms(TillBenchmark.percentile(during, 99)), "ms",
                "idle p99 " + TillBenchmark.ms(TillBenchmark.percentile(idle, 99)) + " ms; during: "
                        + CashierProbe.describe(during), command};
    }

    /**
     * Customers in the journal's cache (its own file beside the journal), read on a connection of its own (WAL: it
     * does not wait for the till).
     */
    static int cached(Path journal) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:"
                + Journal.customerCacheFile(journal.toAbsolutePath()));
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM customer_cache");
             ResultSet rs = ps.executeQuery()) {
            return rs.getInt(1);
        }
    }
}
