package dev.regulars.bench;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.phone.PhoneHmac;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.CheckPricer;
import dev.regulars.core.pricing.CheckRequest;
import dev.regulars.core.pricing.Modifier;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.security.PinHasher;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.CatalogItem;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.CustomerCacheRow;
import dev.regulars.core.sync.CustomerIdentification;
import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.TillIdentity;
import dev.regulars.pos.receipt.ReceiptFacts;
import dev.regulars.pos.receipt.ReceiptStore;
import dev.regulars.server.stores.DemoBusinessSeed;
import dev.regulars.server.tillstaff.DemoTillStaff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * What the till benchmarks work on: the demo café's program, a paired till's identity, a ten-line check as a
 * cashier rings it up, and a till journal holding a million cached customers, made once through
 * {@link Journal#applyChanges} pages as a sync fills it and kept in .bench-data/ (each benchmark works on a copy).
 */
final class TillFixtures {

    static final int MILLION = 1_000_000;
    /** The business's phone hash key (any 256 bits: the journal is the benchmark's own). */
    static final String PHONE_KEY = Base64.getEncoder().encodeToString(
            "regulars-till-benchmark-key-0001".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    static final ProgramRules RULES = DemoBusinessSeed.DEMO_RULES;
    private static final Path JOURNAL_1M = Path.of(".bench-data", "till-journal-1m", "journal.db");
    private static final int PAGE = 5_000;
    private static final String[] NAMES = {"Anna", "Bram", "Chloé", "Daan", "Emma", "Finn", "Julia", "Lars",
            "Mila", "Noah", "Olga", "Pim", "Saar", "Tess", "Yara", "Zoë", null};

    private TillFixtures() {
    }

    /** A till paired with a server that is not there (an offline till: nothing here talks to a server). */
    static TillIdentity identity() {
        return new TillIdentity("http://127.0.0.1:9", UUID.nameUUIDFromBytes(new byte[] {1}), "bench-token",
                "Demo Café", "Centrum", "EUR", "NL", "Europe/Amsterdam", PHONE_KEY);
    }

    /** The number of the i-th seeded customer, as CustomerSeeder gives it: +3162xxxxxxx. */
    static String phoneOf(int i) {
        return CustomerSeeder.phoneOf(i);
    }

    /** The same number as a cashier types it in the Netherlands: "06 2xxx xxxx". */
    static String typedPhoneOf(int i) {
        String national = "0" + phoneOf(i).substring(3);
        return national.substring(0, 2) + " " + national.substring(2, 6) + " " + national.substring(6);
    }

    /**
     * Ten lines as a café rings them up: coffees with size, milk and extra-shot modifiers, pastries at 9 % VAT, a
     * mug at 21 %, and 10 % off one line.
     */
    static List<CheckLine> tenLines() {
        BasisPoints food = BasisPoints.percent(9);
        BasisPoints goods = BasisPoints.percent(21);
        Modifier large = new Modifier("Size", "Large", 50);
        Modifier oat = new Modifier("Milk", "Oat", 40);
        Modifier shot = new Modifier("Extra", "Extra shot", 60);
        return List.of(
                new CheckLine("LATTE", "Latte", 2, 350, List.of(large, oat), food,
                        Discount.percent(BasisPoints.percent(10), 0)),
                new CheckLine("CAPP", "Cappuccino", 1, 320, List.of(shot), food, null),
                new CheckLine("FLATW", "Flat white", 1, 360, List.of(oat, shot), food, null),
                new CheckLine("ESPR", "Espresso", 2, 240, List.of(), food, null),
                new CheckLine("CHAI", "Chai latte", 1, 380, List.of(large), food, null),
                new CheckLine("CROIS", "Croissant", 3, 250, List.of(), food, null),
                new CheckLine("BANANA", "Banana bread", 1, 390, List.of(new Modifier("Warm", "Warmed", 0)), food,
                        null),
                new CheckLine("CAKE", "Carrot cake", 1, 450, List.of(), food, null),
                new CheckLine("WATER", "Sparkling water", 2, 250, List.of(), food, null),
                new CheckLine("MUG", "Regulars mug", 1, 1250, List.of(), goods, null));
    }

    /** 1.00 off the whole check, from the cashier. */
    static final Discount CHECK_DISCOUNT = Discount.fixed(100);

    /**
     * The request Checkout makes for a customer found by phone who ticked "Pay with points" (SaleViewModel asks for
     * Long.MAX_VALUE points): their tier, their cached balance, no referral discount due.
     */
    static CheckRequest checkRequest(List<CheckLine> lines, String tier, long balance) {
        return new CheckRequest(lines, tier, Long.MAX_VALUE, balance, false, CHECK_DISCOUNT);
    }

    static PricedCheck price(List<CheckLine> lines) {
        return new CheckPricer().price(checkRequest(lines, "Silver", 800), RULES);
    }

    /** The store as its receipts show it: an 80 mm receipt with the address, VAT id and the rating link's QR. */
    static ReceiptStore store() {
        return new ReceiptStore("Demo Café", List.of("Prinsengracht 123", "1015 DV Amsterdam"), "NL001234567B01",
                "en", "Thank you!", ZoneId.of("Europe/Amsterdam"), "https://regulars.example/");
    }

    /** A sale of the ten lines to a known customer, paid partly by card and the rest in cash, as Checkout makes it. */
    static SaleRecord sale(UUID saleId, Instant at, PricedCheck priced, List<CheckLine> lines) {
        long card = Math.min(1000, priced.dueMinor());
        long cash = priced.dueMinor() - card;
        return new SaleRecord(saleId, at, RULES.version(), "EUR", lines.stream().map(SaleLineRecord::of).toList(),
                List.of(new PaymentRecord(PaymentRecord.PaymentMethod.CARD, card, card),
                        new PaymentRecord(PaymentRecord.PaymentMethod.CASH, cash, cash + 500)),
                new CustomerIdentification(phoneOf(4242), UUID.nameUUIDFromBytes(new byte[] {42})),
                null, priced.pointsRedeemed(),
                new SaleRecord.TillFigures(priced.subtotalMinor(), priced.referralDiscountMinor(),
                        priced.redeemDiscountMinor(), priced.dueMinor(), priced.pointsEarned(),
                        priced.checkDiscountMinor()), CHECK_DISCOUNT, UUID.nameUUIDFromBytes(new byte[] {7}));
    }

    static String receiptFacts(PricedCheck priced) {
        return new ReceiptFacts(store(), "Front counter", "Anna", "Eva", 0,
                800 - priced.pointsRedeemed() + priced.pointsEarned()).toJson();
    }

    static List<CatalogItem> catalog() {
        return tenLines().stream().map(l -> new CatalogItem(l.sku(), l.name(), "Menu", l.unitPriceMinor())).toList();
    }

    static List<CashierRecord> cashiers() {
        return DemoTillStaff.PEOPLE.stream().map(p -> new CashierRecord(UUID.nameUUIDFromBytes(p.name().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), p.name(), PinHasher.hash(p.pin()), p.manager(), true))
                .toList();
    }

    /** A fresh journal at {@code file}, paired, with the program, catalog, cashiers and the customer +31620004242. */
    static Journal pairedJournal(Path file) throws IOException {
        BenchDatabase.delete(file.getParent());
        Journal journal = Journal.open(file);
        journal.saveIdentity(identity());
        journal.saveTerminalName("Front counter");
        journal.applyChanges(new ChangesPage(1, false, RULES, List.of(new CustomerCacheRow(
                UUID.nameUUIDFromBytes(new byte[] {42}), PhoneHmac.fromBase64(PHONE_KEY).of(new PhoneNumber(
                phoneOf(4242))), "Eva", 800, "Silver", false, List.of())), catalog(), cashiers()));
        return journal;
    }

    /** A journal at {@code file} holding {@code TillFixtures.MILLION} cached customers (a copy of the one kept). */
    static Journal oneMillionJournal(Path file) throws IOException {
        if (!Files.exists(JOURNAL_1M.resolveSibling("complete"))) {
            fillOneMillion();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path cache = Journal.customerCacheFile(file.toAbsolutePath());
        for (String suffix : List.of("-wal", "-shm")) {
            Files.deleteIfExists(Path.of(file + suffix));
            Files.deleteIfExists(Path.of(cache + suffix));
        }
        Files.copy(JOURNAL_1M, file, StandardCopyOption.REPLACE_EXISTING);
        // the cache's own file (journal version 11); a journal kept from before has its customers inside
        Path keptCache = Journal.customerCacheFile(JOURNAL_1M.toAbsolutePath());
        if (Files.exists(keptCache)) {
            Files.copy(keptCache, cache, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(cache);
        }
        return Journal.open(file);
    }

    /**
     * Fills the kept journal as a first sync would, in pages of 5,000 (the server's largest): customers with the
     * HMAC of their phone, first name, balance, tier and for one in ten a card; then 5,000 sales of random
     * customers not yet synced, so a lookup's sum over the customer's unsynced sales has something to find.
     */
    private static void fillOneMillion() throws IOException {
        Path dir = JOURNAL_1M.getParent();
        Files.createDirectories(dir);
        for (String name : List.of("journal.db", "journal-customers.db", "journal-customers-fill.db")) {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(dir.resolve(name + suffix));
            }
        }
        long start = System.nanoTime();
        PhoneHmac hmac = PhoneHmac.fromBase64(PHONE_KEY);
        Random random = new Random(42);
        String[] tiers = {"Bronze", "Bronze", "Bronze", "Silver", "Gold"};
        try (Journal journal = Journal.open(JOURNAL_1M)) {
            journal.saveIdentity(identity());
            journal.saveTerminalName("Front counter");
            for (int first = 0; first < MILLION; first += PAGE) {
                List<CustomerCacheRow> rows = new ArrayList<>(PAGE);
                for (int i = first; i < first + PAGE; i++) {
                    rows.add(new CustomerCacheRow(new UUID(random.nextLong(), random.nextLong()),
                            hmac.of(new PhoneNumber(phoneOf(i))), NAMES[random.nextInt(NAMES.length)],
                            random.nextInt(2000), tiers[random.nextInt(tiers.length)], false,
                            i % 10 == 0 ? List.of(String.format("4%011d", i)) : List.of()));
                }
                boolean firstPage = first == 0;
                journal.applyChanges(new ChangesPage(first + PAGE, first + PAGE < MILLION,
                        firstPage ? RULES : null, rows, firstPage ? catalog() : List.of(),
                        firstPage ? cashiers() : List.of()));
            }
            List<CheckLine> lines = tenLines();
            PricedCheck priced = price(lines);
            String facts = receiptFacts(priced);
            for (int s = 0; s < 5_000; s++) {
                String phoneHmac = hmac.of(new PhoneNumber(phoneOf(random.nextInt(MILLION))));
                journal.recordSale(sale(new UUID(random.nextLong(), random.nextLong()), Instant.now(), priced, lines),
                        phoneHmac, priced.pointsEarned(), facts);
            }
        }
        Files.writeString(dir.resolve("complete"), "1000000 customers, 5000 sales\n");
        System.out.printf("made the 1M-customer till journal in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
