package dev.regulars.bench;

import dev.regulars.core.sync.SaleOutcome;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.core.sync.SalesBatchResult;
import dev.regulars.devstack.MariaDbServer;
import dev.regulars.devstack.PayaraMicroServer;
import dev.regulars.pos.sync.SyncClient;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sync ingest and phone lookup of a running server (Payara Micro + MariaDB) with a million customers, against a
 * raw JDBC batch insert of the same rows into the same MariaDB, in the same run. Writes BENCHMARKS.md.
 *
 * <pre>benchmarks/run.sh [--db own|local] [--customers 1000000] [--tills 8] [--warmup 40] [--batches 25]
 *                   [--lookups 20000] [--lookup-threads 4] [--lookup-rate 200]</pre>
 *
 * {@code --db own} (the default) starts a MariaDB of its own, configured as a production server for a million
 * customers would be ({@link BufferPool#SERVER_OPTIONS}), with its data kept in .bench-data/ so the seeding is done
 * once. {@code --db local} uses the machine's MariaDB and grows its buffer pool while running, which leaves InnoDB's
 * page hash sized for the old pool: figures from it are lower and say so.
 *
 * The tills first push {@code --warmup} batches each, not measured: a freshly started server spends most of a core
 * compiling its hot paths (C2) for the first minute or so, and a café's server has been running for days.
 */
public final class SyncIngestBenchmark {

    private static final String COMMAND = "benchmarks/run.sh";
    private static final int BATCH = 100;

    private SyncIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int customers = Integer.parseInt(o.getOrDefault("customers", "1000000"));
        boolean own = !"local".equals(o.getOrDefault("db", "own"));
        Seeding seeding = own ? ensureSeeded(o, customers) : Seeding.NONE;
        try (MariaDbServer mariadb = own ? BenchDatabase.startSeededCopy(customers)
                : MariaDbServer.localOrEmbedded(WORK.resolve("mariadb"))) {
            Seeding seeded = seeding;
            withServer(mariadb, o, (db, server) -> {
                long bufferPool = BufferPool.atLeast(db, BufferPool.BENCH_BYTES);
                try {
                    Seeding here = own ? seeded : seed(db, customers);
                    measure(db, server, o, here);
                } finally {
                    BufferPool.restore(db, bufferPool);
                }
                return null;
            });
        }
    }

    private static final Path WORK = Path.of("benchmarks", "target", "bench");

    /** Seeds .bench-data/ with {@code customers} customers unless it has them; how long that took. */
    static Seeding ensureSeeded(Map<String, String> o, int customers) throws Exception {
        if (BenchDatabase.isSeeded(customers)) {
            return Seeding.NONE;
        }
        Seeding seeding;
        try (MariaDbServer mariadb = BenchDatabase.startForSeeding(customers)) {
            seeding = withServer(mariadb, o, (db, server) -> seed(db, customers));
        }
        BenchDatabase.markSeeded(customers);
        return seeding;
    }

    /** How long adding customers took, if any were added. */
    record Seeding(int added, double seconds) {
        static final Seeding NONE = new Seeding(0, 0);
    }

    interface ServerWork<T> {
        T run(Connection db, PayaraMicroServer server) throws Exception;
    }

    /** Runs {@code work} with the server on Payara Micro against the database regulars_bench of {@code mariadb}. */
    static <T> T withServer(MariaDbServer mariadb, Map<String, String> o, ServerWork<T> work) throws Exception {
        return withServer(mariadb, o, Map.of(), work);
    }

    /** The same, with more of the server's settings ({@code regulars.*} system properties). */
    static <T> T withServer(MariaDbServer mariadb, Map<String, String> o, Map<String, String> settings,
                            ServerWork<T> work) throws Exception {
        String database = "regulars_bench";
        mariadb.createDatabase(database);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        System.out.println("Starting the server on " + mariadb + " ...");
        List<String> jvm = o.containsKey("server-jvm-options")
                ? List.of(o.get("server-jvm-options").split(" ")) : List.of();
        try (PayaraMicroServer server = PayaraMicroServer.start(Path.of("dev-stack/target/payara-micro.jar"),
                Path.of("loyalty-server/target/loyalty-server.war"), port,
                withSettings(settings, "regulars.db.url", mariadb.jdbcUrlWithCredentials(database)
                        + o.getOrDefault("db-url-options", ""), "regulars.demo.seed", "true"),
                WORK.resolve("server"), jvm);
             Connection db = mariadb.connect(database)) {
            server.awaitHealthy(Duration.ofMinutes(4));
            return work.run(db, server);
        }
    }

    private static Map<String, String> withSettings(Map<String, String> more, String... pairs) {
        Map<String, String> all = new java.util.HashMap<>(more);
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return all;
    }

    private static Seeding seed(Connection db, int customers) throws Exception {
        Business business = Business.load(db);
        long start = System.nanoTime();
        int added = CustomerSeeder.seed(db, business.id(), business.phoneKey(), customers);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("seeded %d customers and %d ledger entries in %.1f s%n", added,
                (long) added * CustomerSeeder.ENTRIES_PER_CUSTOMER, seconds);
        return new Seeding(added, seconds);
    }

    private static void measure(Connection db, PayaraMicroServer server, Map<String, String> o, Seeding seeding)
            throws Exception {
        int tills = Integer.parseInt(o.getOrDefault("tills", "8"));
        int batches = Integer.parseInt(o.getOrDefault("batches", "25"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "40"));
        int lookups = Integer.parseInt(o.getOrDefault("lookups", "20000"));
        Business business = Business.load(db);
        List<SaleFactory.Regular> regulars = regulars(db);
        System.out.printf("buffer pool warmed in %.1f s%n", BufferPool.warm(db));
        System.out.println(regulars.size() + " customers in the business");

        List<String> tokens = new ArrayList<>();
        List<SyncClient> clients = new ArrayList<>();
        for (int i = 0; i < tills; i++) {
            tokens.add(SyncClient.unpaired(server.baseUrl())
                    .pair(pairingCode(db, business.storeId()), "Bench till " + (i + 1)).token());
            clients.add(SyncClient.paired(server.baseUrl(), tokens.get(i)));
        }
        // lookups first: a till asks while the server is serving the café, not while MariaDB writes back the
        // pages of a hundred thousand sales synced a moment ago
        int lookupThreads = Integer.parseInt(o.getOrDefault("lookup-threads", "4"));
        double lookupRate = Double.parseDouble(o.getOrDefault("lookup-rate", "200"));
        URI api = URI.create(server.baseUrl());
        double[] lookup = LookupLatency.measure(api, tokens.get(0), regulars, lookups, lookupThreads, lookupRate);
        double[] saturated = LookupLatency.measure(api, tokens.get(0), regulars, lookups, lookupThreads, 0);
        System.out.printf("warm-up: %.0f sales/s%n", ingest(clients, business, regulars, warmup, 1000));
        double ingest = ingest(clients, business, regulars, batches, 0);
        List<List<SaleRecord>> raw = new ArrayList<>();
        SaleFactory rawSales = new SaleFactory(business.rules(), business.catalog(), regulars, 99);
        for (int i = 0; i < tills * batches; i++) {
            raw.add(rawSales.batch(BATCH));
        }
        double baseline = RawJdbcBaseline.run(db, terminalId(db), business.storeId(), raw);
        double ratio = ingest / baseline;
        System.out.printf("sync ingest %.0f sales/s, raw JDBC %.0f sales/s, ratio %.2f%n", ingest, baseline,
                ratio);
        String command = COMMAND + o.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> " --" + e.getKey() + " " + (e.getValue().contains(" ") ? "\"" + e.getValue() + "\""
                        : e.getValue()))
                .collect(java.util.stream.Collectors.joining());
        String setup = tills + " tills x " + batches + " batches of " + BATCH + " after " + warmup + " to warm up, "
                + regulars.size() + " customers, InnoDB buffer pool "
                + BufferPool.current(db) / (1024 * 1024) + " MB";
        List<String[]> rows = new ArrayList<>(List.of(
                new String[] {"sync-ingest", String.format("%.0f", ingest), "sales/s",
                        String.format("raw JDBC batch %.0f sales/s", baseline), command + " (" + setup + ")"},
                new String[] {"sync-ingest-ratio-to-raw", String.format("%.2f", ratio), "ratio",
                        String.format("raw JDBC batch %.0f sales/s", baseline), command}));
        rows.addAll(LookupLatency.rows(lookup, saturated, command, lookups, lookupThreads, lookupRate));
        if (seeding.added() > 0) { // a run on an already seeded database says nothing about seeding
            rows.add(new String[] {"seed-customers", String.format("%.1f", seeding.seconds()), "s",
                    seeding.added() + " customers + " + (long) seeding.added() * CustomerSeeder.ENTRIES_PER_CUSTOMER
                            + " ledger entries added", command});
        }
        BenchmarksFile.update(Path.of("BENCHMARKS.md"), rows);
    }

    /** Every till pushes its batches at the same time; returns sales per second over the whole push. */
    private static double ingest(List<SyncClient> clients, Business business, List<SaleFactory.Regular> regulars,
                                 int batches, int seedOffset) throws Exception {
        List<List<List<SaleRecord>>> work = new ArrayList<>();
        for (int t = 0; t < clients.size(); t++) {
            SaleFactory factory = new SaleFactory(business.rules(), business.catalog(), regulars, seedOffset + t);
            List<List<SaleRecord>> tillBatches = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                tillBatches.add(factory.batch(BATCH));
            }
            work.add(tillBatches);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            long start = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < clients.size(); t++) {
                SyncClient client = clients.get(t);
                List<List<SaleRecord>> tillBatches = work.get(t);
                done.add(pool.submit(() -> {
                    int sales = 0;
                    for (List<SaleRecord> batch : tillBatches) {
                        check(client.pushSales(batch));
                        sales += batch.size();
                    }
                    return sales;
                }));
            }
            long sales = 0;
            for (Future<Integer> f : done) {
                sales += f.get();
            }
            return sales / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void check(SalesBatchResult result) {
        for (SaleOutcome outcome : result.outcomes()) {
            if (outcome.status() != SaleOutcome.Status.ACCEPTED) {
                throw new IllegalStateException("sale not accepted: " + outcome);
            }
        }
    }

    private static List<SaleFactory.Regular> regulars(Connection db) throws Exception {
        List<SaleFactory.Regular> regulars = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, phone_e164 FROM customer WHERE phone_e164 LIKE '"
                     + CustomerSeeder.PHONE_PREFIX + "%'")) {
            while (rs.next()) {
                regulars.add(new SaleFactory.Regular(UUID.fromString(rs.getString(1)), rs.getString(2)));
            }
        }
        return regulars;
    }

    static String pairingCode(Connection db, String storeId) throws Exception {
        String code = "BENCH" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO pairing_code (code_hash, store_id, expires_at) VALUES (?, ?, ?)")) {
            ps.setString(1, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            ps.setString(2, storeId);
            ps.setObject(3, LocalDateTime.now(ZoneOffset.UTC).plusHours(1));
            ps.executeUpdate();
        }
        return code;
    }

    private static String terminalId(Connection db) throws Exception {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM terminal ORDER BY paired_at LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
