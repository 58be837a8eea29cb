package dev.regulars.bench;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.CheckPricer;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.pos.journal.CachedCustomer;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.receipt.EscPosReceipt;
import dev.regulars.pos.receipt.PrinterProfile;
import dev.regulars.pos.receipt.Receipt;
import dev.regulars.pos.receipt.Receipts;
import dev.regulars.pos.sale.Checkout;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sale.CustomerLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The till's hot paths under JMH (run by {@link TillBenchmark} in SampleTime mode, which keeps every sample's time
 * so the rows can give percentiles). Each works on the till's own classes as the till calls them.
 */
public class TillJmh {

    /** Where the journals of a fork live: on the machine's disk (benchmarks/target, the repository's file system). */
    static final Path WORK = Path.of("benchmarks", "target", "till-jmh");

    // ---- phone lookup in a 1M-customer cache ----------------------------------------------------------------

    @State(Scope.Benchmark)
    public static class Cache {
        Journal journal;
        CustomerLookup lookup;

        @Setup(Level.Trial)
        public void open() throws Exception {
            journal = TillFixtures.oneMillionJournal(WORK.resolve("lookup").resolve("journal.db"));
            lookup = new CustomerLookup(journal, journal.identity().orElseThrow());
        }

        @TearDown(Level.Trial)
        public void close() {
            journal.close();
        }
    }

    /** What the till does when the cashier taps Find: read the typed phone, hash it, read the cache. */
    @Benchmark
    public Optional<CachedCustomer> phoneLookup(Cache cache) {
        String typed = TillFixtures.typedPhoneOf(ThreadLocalRandom.current().nextInt(TillFixtures.MILLION));
        return cache.lookup.find(cache.lookup.normalize(typed));
    }

    // ---- pricing a ten-line check --------------------------------------------------------------------------

    @State(Scope.Benchmark)
    public static class Check {
        final CheckPricer pricer = new CheckPricer();
        final List<CheckLine> lines = TillFixtures.tenLines();
        Journal journal;
        Checkout checkout;
        CustomerAtTill customer;

        @Setup(Level.Trial)
        public void open() throws Exception {
            journal = TillFixtures.pairedJournal(WORK.resolve("pricing").resolve("journal.db"));
            checkout = new Checkout(journal, journal.identity().orElseThrow(), Clock.systemUTC());
            CustomerLookup lookup = new CustomerLookup(journal, journal.identity().orElseThrow());
            var phone = lookup.normalize(TillFixtures.typedPhoneOf(4242));
            CachedCustomer found = lookup.find(phone).orElseThrow();
            customer = new CustomerAtTill.Known(phone, found.phoneHmac(), found);
        }

        @TearDown(Level.Trial)
        public void close() {
            journal.close();
        }
    }

    /**
     * loyalty-core's CheckPricer as Checkout calls it: the request a known customer's check makes (tier, cached
     * balance, every point wanted, the cashier's 1.00 off the check), priced under the program's rules.
     */
    @Benchmark
    public PricedCheck pricing(Check check) {
        return check.pricer.price(TillFixtures.checkRequest(check.lines, "Silver", 800), TillFixtures.RULES);
    }

    /** The same through Checkout.preview, as the sale screen asks on every change, with the journal's rules. */
    @Benchmark
    public PricedCheck pricingPreview(Check check) {
        return check.checkout.preview(check.lines, check.customer, Long.MAX_VALUE, TillFixtures.CHECK_DISCOUNT);
    }

    // ---- durable commit --------------------------------------------------------------------------------------

    @State(Scope.Benchmark)
    public static class Sales {
        final List<CheckLine> lines = TillFixtures.tenLines();
        final PricedCheck priced = TillFixtures.price(lines);
        final String facts = TillFixtures.receiptFacts(priced);
        final String phoneHmac = "bench-customer";
        Journal journal;

        @Setup(Level.Trial)
        public void open() throws Exception {
            Path dir = WORK.resolve("commit");
            BenchDatabase.delete(dir);
            journal = Journal.open(dir.resolve("journal.db"));
        }

        @TearDown(Level.Trial)
        public void close() {
            journal.close();
        }
    }

    /** Journal.recordSale: the sale and its chain link in one transaction, synced to disk (synchronous=FULL). */
    @Benchmark
    public long durableCommit(Sales sales) {
        SaleRecord sale = TillFixtures.sale(UUID.randomUUID(), Instant.now(), sales.priced, sales.lines);
        return sales.journal.recordSale(sale, sales.phoneHmac, sales.priced.pointsEarned(), sales.facts);
    }

    @State(Scope.Benchmark)
    public static class RawSqlite {
        Connection connection;
        PreparedStatement insert;
        String payload;

        @Setup(Level.Trial)
        public void open() throws Exception {
            Path dir = WORK.resolve("raw-commit");
            BenchDatabase.delete(dir);
            Files.createDirectories(dir);
            connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("raw.db").toAbsolutePath());
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=FULL");
                st.execute("CREATE TABLE sale (seq INTEGER PRIMARY KEY, sale_id TEXT NOT NULL UNIQUE,"
                        + " payload TEXT NOT NULL)");
            }
            Sales sales = new Sales();
            payload = dev.regulars.core.sync.WireJson.mapper().writeValueAsString(
                    TillFixtures.sale(UUID.randomUUID(), Instant.now(), sales.priced, sales.lines));
            insert = connection.prepareStatement("INSERT INTO sale (sale_id, payload) VALUES (?, ?)");
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            connection.close();
        }
    }

    /** Baseline: one INSERT of the same payload, committed on its own, same pragmas, same disk. */
    @Benchmark
    public int rawSqliteCommit(RawSqlite raw) throws Exception {
        raw.insert.setString(1, UUID.randomUUID().toString());
        raw.insert.setString(2, raw.payload);
        return raw.insert.executeUpdate();
    }

    // ---- ESC/POS receipt --------------------------------------------------------------------------------------

    @State(Scope.Benchmark)
    public static class Printed {
        Receipt receipt;

        @Setup(Level.Trial)
        public void make() {
            List<CheckLine> lines = TillFixtures.tenLines();
            PricedCheck priced = TillFixtures.price(lines);
            SaleRecord record = TillFixtures.sale(UUID.fromString("6f1c2a52-1b1c-4f43-9a47-54d1f8f7a001"),
                    Instant.parse("2026-11-23T08:41:00Z"), priced, lines);
            CompletedSale sale = new CompletedSale(record, priced, 0, priced.dueMinor() + 500, 500, "Eva",
                    800 - priced.pointsRedeemed() + priced.pointsEarned());
            receipt = Receipts.ofSale(sale, TillFixtures.store(), "000123", "Front counter", "Anna");
        }
    }

    /** An 80 mm receipt with the rating link as the printer's own QR code, drawer kick for cash, cut. */
    @Benchmark
    public byte[] escposRender(Printed printed) {
        return EscPosReceipt.render(printed.receipt, PrinterProfile.PAPER_80, true);
    }

    /** The same for a printer without a QR command: the QR made by ZXing and sent as a raster image. */
    @Benchmark
    public byte[] escposRenderRasterQr(Printed printed) {
        return EscPosReceipt.render(printed.receipt, PrinterProfile.PAPER_80.withRasterQr(), true);
    }
}
