package dev.regulars.bench;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.PricedCheck;
import dev.regulars.pos.journal.CachedCustomer;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.TillIdentity;
import dev.regulars.pos.sale.Checkout;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sale.CustomerLookup;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A cashier working at the till while something else runs: phone lookups (CustomerLookup, as Find does), the
 * sale screen's repricing (Checkout.preview, on the UI thread in the till) and sales written to the journal
 * (Journal.recordSale), each on its own thread at a steady rate. Each operation is timed from when it was due, so
 * one that waited behind a held journal counts its wait (no coordinated omission).
 */
final class CashierProbe implements AutoCloseable {

    private static final long LOOKUP_EVERY_MS = 20;
    private static final long PREVIEW_EVERY_MS = 50;
    private static final long SALE_EVERY_MS = 250;

    final List<Double> lookups = Collections.synchronizedList(new ArrayList<>());
    final List<Double> previews = Collections.synchronizedList(new ArrayList<>());
    final List<Double> sales = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    private volatile Throwable failure;

    /** Starts the three loops on a paired journal whose cache is filled with customers 0 to {@code customers - 1}. */
    CashierProbe(Journal journal, TillIdentity till, int customers) {
        CustomerLookup lookup = new CustomerLookup(journal, till);
        Checkout checkout = new Checkout(journal, till, Clock.systemUTC());
        List<CheckLine> lines = TillFixtures.tenLines();
        Random random = new Random(7);
        loop("lookups", LOOKUP_EVERY_MS, lookups, () -> lookup.find(lookup.normalize(
                TillFixtures.typedPhoneOf(random.nextInt(customers)))));
        var phone = lookup.normalize(TillFixtures.typedPhoneOf(4242));
        String hmac = lookup.hashOf(phone);
        CustomerAtTill eva = new CustomerAtTill.Known(phone, hmac, new CachedCustomer(hmac,
                UUID.nameUUIDFromBytes(new byte[] {42}), "Eva", 800, "Silver", false));
        loop("previews", PREVIEW_EVERY_MS, previews, () -> checkout.preview(lines, eva, Long.MAX_VALUE,
                TillFixtures.CHECK_DISCOUNT));
        PricedCheck priced = TillFixtures.price(lines);
        String facts = TillFixtures.receiptFacts(priced);
        loop("sales", SALE_EVERY_MS, sales, () -> journal.recordSale(TillFixtures.sale(UUID.randomUUID(),
                Instant.now(), priced, lines), null, 0, facts));
    }

    private void loop(String name, long everyMs, List<Double> latencies, Runnable work) {
        Thread thread = new Thread(() -> {
            long due = System.nanoTime();
            long every = TimeUnit.MILLISECONDS.toNanos(everyMs);
            while (running) {
                due += every;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                try {
                    work.run();
                } catch (RuntimeException e) {
                    failure = e;
                    return;
                }
                latencies.add((System.nanoTime() - due) / 1e6);
            }
        }, "cashier-" + name);
        thread.setDaemon(true);
        thread.start();
        threads.add(thread);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        if (failure != null) {
            throw new IllegalStateException("the cashier's work failed", failure);
        }
    }

    static String describe(List<Double> ms) {
        return String.format("p50 %s ms, p99 %s ms, max %s ms, %d operations", TillBenchmark.ms(
                TillBenchmark.percentile(ms, 50)), TillBenchmark.ms(TillBenchmark.percentile(ms, 99)),
                TillBenchmark.ms(TillBenchmark.percentile(ms, 100)), ms.size());
    }
}
