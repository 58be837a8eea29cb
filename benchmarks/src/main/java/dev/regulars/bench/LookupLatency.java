package dev.regulars.bench;

import dev.regulars.core.sync.IdentifyRequest;
import dev.regulars.core.sync.WireJson;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Latency of the server's lookup by phone, as tills at the counter ask it. */
final class LookupLatency {

    private LookupLatency() {
    }

    /**
     * Identify by phone for random customers, each thread on its own keep-alive connection ({@link BlockingHttp}).
     *
     * @param perSecond 0: every thread asks again as soon as it has its answer (closed loop: as many lookups as the
     *                  machine can serve, {@code threads} at a time). Otherwise lookups are due at this steady rate,
     *                  as tills ask independently of each other, and each is timed from when it was due, so a
     *                  lookup delayed behind a slow one counts its wait too (no coordinated omission).
     * @return p50 and p99 in milliseconds, and lookups per second
     */
    static double[] measure(URI server, String token, List<SaleFactory.Regular> regulars, int count,
                             int threads, double perSecond) throws Exception {
        String path = "/api/v1/customers/identify";
        try (BlockingHttp warm = new BlockingHttp(server.getHost(), server.getPort())) {
            for (int i = 0; i < 20000; i++) { // until the JIT has compiled the lookup path
                expectOk(warm.postJson(path, token, identifyJson(regulars.get(i))));
            }
        }
        long[] nanos = new long[count];
        long[] late = new long[count]; // how long after it was due the client sent it: the client's own delay
        long begin = System.nanoTime() + 50_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    Random random = new Random(first);
                    try (BlockingHttp http = new BlockingHttp(server.getHost(), server.getPort())) {
                        for (int i = first; i < count; i += threads) {
                            byte[] json = identifyJson(regulars.get(random.nextInt(regulars.size())));
                            long start = perSecond > 0 ? begin + (long) (i * 1e9 / perSecond) : System.nanoTime();
                            waitUntil(start);
                            late[i] = System.nanoTime() - start;
                            int status = http.postJson(path, token, json);
                            nanos[i] = System.nanoTime() - start;
                            expectOk(status);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double perSecondServed = count / ((System.nanoTime() - started) / 1e9);
        Arrays.sort(nanos);
        Arrays.sort(late);
        if (perSecond > 0) {
            System.out.printf("sent after due (ms): p50 %.3f p99 %.3f max %.3f%n", late[count / 2] / 1e6,
                    late[count * 99 / 100] / 1e6, late[count - 1] / 1e6);
        }
        System.out.printf("lookup percentiles (ms): p50 %.2f p90 %.2f p95 %.2f p99 %.2f p99.9 %.2f max %.2f%n",
                nanos[count / 2] / 1e6, nanos[count * 90 / 100] / 1e6, nanos[count * 95 / 100] / 1e6,
                nanos[count * 99 / 100] / 1e6, nanos[count * 999 / 1000] / 1e6, nanos[count - 1] / 1e6);
        return new double[] {nanos[count / 2] / 1e6, nanos[(int) Math.ceil(count * 0.99) - 1] / 1e6,
                perSecondServed};
    }

    /** The rows of BENCHMARKS.md: the lookups at a steady rate, and in a closed loop. */
    static List<String[]> rows(double[] steady, double[] saturated, String command, int lookups, int threads,
                               double perSecond) {
        System.out.printf("phone lookup p50 %.2f ms, p99 %.2f ms over %d lookups at %.0f/s; closed loop, %d at a"
                + " time: p50 %.2f ms, p99 %.2f ms, %.0f lookups/s%n", steady[0], steady[1], lookups, perSecond,
                threads, saturated[0], saturated[1], saturated[2]);
        return List.of(
                new String[] {"server-phone-lookup-p99", String.format("%.2f", steady[1]), "ms",
                        String.format("p50 %.2f ms", steady[0]),
                        command + String.format(" (%d lookups due at %.0f/s, timed from when due, on %d connections,"
                                + " after 20000 unmeasured)", lookups, perSecond, threads)},
                new String[] {"server-phone-lookup-p99-saturated", String.format("%.2f", saturated[1]), "ms",
                        String.format("p50 %.2f ms, %.0f lookups/s", saturated[0], saturated[2]),
                        command + String.format(" (%d lookups, %d at a time, each asked as soon as the last"
                                + " answered: the machine's 2 cores are full)", lookups, threads)});
    }

    private static void waitUntil(long nanoTime) throws InterruptedException {
        long ahead;
        while ((ahead = nanoTime - System.nanoTime()) > 0) {
            if (ahead > 1_000_000) {
                // a parked thread wakes up late by up to a millisecond here: spin the last one
                java.util.concurrent.locks.LockSupport.parkNanos(ahead - 1_000_000);
            } else {
                Thread.onSpinWait();
            }
        }
    }

    private static byte[] identifyJson(SaleFactory.Regular regular) throws Exception {
        return WireJson.mapper().writeValueAsBytes(new IdentifyRequest(IdentifyRequest.Method.PHONE, regular.phone()));
    }

    private static void expectOk(int status) {
        if (status != 200) {
            throw new IllegalStateException("identify answered " + status);
        }
    }

}
