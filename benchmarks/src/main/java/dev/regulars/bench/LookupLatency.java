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
     * @return p50 and p99 in milliseconds
     */
    static double[] measure(URI server, String token, List<SaleFactory.Regular> regulars, int count,
                             int threads) throws Exception {
        String path = "/api/v1/customers/identify";
        try (BlockingHttp warm = new BlockingHttp(server.getHost(), server.getPort())) {
            for (int i = 0; i < 20000; i++) { // until the JIT has compiled the lookup path
                expectOk(warm.postJson(path, token, identifyJson(regulars.get(i))));
            }
        }
        long[] nanos = new long[count];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    Random random = new Random(first);
                    try (BlockingHttp http = new BlockingHttp(server.getHost(), server.getPort())) {
                        for (int i = first; i < count; i += threads) {
                            byte[] json = identifyJson(regulars.get(random.nextInt(regulars.size())));
                            long start = System.nanoTime();
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
        Arrays.sort(nanos);
        System.out.printf("lookup percentiles (ms): p50 %.2f p90 %.2f p95 %.2f p99 %.2f p99.9 %.2f max %.2f%n",
                nanos[count / 2] / 1e6, nanos[count * 90 / 100] / 1e6, nanos[count * 95 / 100] / 1e6,
                nanos[count * 99 / 100] / 1e6, nanos[count * 999 / 1000] / 1e6, nanos[count - 1] / 1e6);
        return new double[] {nanos[count / 2] / 1e6, nanos[(int) Math.ceil(count * 0.99) - 1] / 1e6};
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
