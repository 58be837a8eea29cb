package dev.regulars.bench;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * The till's figures (DESIGN.md section 6), written to BENCHMARKS.md:
 *
 * <pre>benchmarks/till.sh [--only jmh,fill,cold-start] [--forks 2] [--warmup 5] [--iterations 5]
 *                    [--customers 1000000] [--cold-starts 10]</pre>
 *
 * <ul>
 *   <li>{@code jmh}: phone lookup in a 1M-customer cache, pricing, durable commit and the ESC/POS receipt under JMH
 *   ({@link TillJmh}, SampleTime: p50 and p99 from every sample);</li>
 *   <li>{@code fill}: a till paired with the benchmark server's million customers fills its cache from the change
 *   feed while a cashier works ({@link TillCacheFill});</li>
 *   <li>{@code cold-start}: the real till, launched from its jar, to the PIN screen ({@link TillColdStart}).</li>
 * </ul>
 */
public final class TillBenchmark {

    static final Path WORK = Path.of("benchmarks", "target", "till");

    private TillBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = SyncIngestBenchmark.options(args);
        String command = String.join(" ", Stream.concat(Stream.of("benchmarks/till.sh"), Arrays.stream(args))
                .toList());
        Set<String> parts = Set.of(o.getOrDefault("only", "jmh,fill,cold-start").split(","));
        if (parts.contains("jmh")) {
            save(jmh(o, command));
        }
        if (parts.contains("fill") || parts.contains("cold-start") || parts.contains("fill-parts")) {
            save(TillCacheFill.run(o, command, parts));
        }
    }

    static void save(List<String[]> rows) throws IOException {
        BenchmarksFile.update(Path.of("BENCHMARKS.md"), rows);
        rows.forEach(r -> System.out.println(String.join(" | ", r)));
    }

    private static List<String[]> jmh(Map<String, String> o, String command) throws Exception {
        int forks = Integer.parseInt(o.getOrDefault("forks", "2"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
        int iterations = Integer.parseInt(o.getOrDefault("iterations", "5"));
        TillFixtures.oneMillionJournal(TillJmh.WORK.resolve("check").resolve("journal.db")).close();
        Options options = new OptionsBuilder()
                .include(TillJmh.class.getName() + "\\.")
                .mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS)
                .warmupIterations(warmup).warmupTime(TimeValue.seconds(2))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(5))
                .forks(forks).jvmArgs("-Xms1g", "-Xmx1g")
                .shouldFailOnError(true)
                .result(WORK.resolve("till-jmh.json").toString()).resultFormat(ResultFormatType.JSON)
                .build();
        Files.createDirectories(WORK);
        Collection<RunResult> results = new Runner(options).run();
        FileStore disk = Files.getFileStore(TillJmh.WORK.toAbsolutePath());
        String setup = "JMH SampleTime, " + forks + " forks x " + iterations + " x 5 s after " + warmup
                + " x 2 s warm-up";
        String where = "SQLite journal (WAL, synchronous=FULL) on " + disk.type() + " on " + disk.name();
        Statistics lookup = stats(results, "phoneLookup");
        Statistics pricing = stats(results, "pricing");
        Statistics preview = stats(results, "pricingPreview");
        Statistics commit = stats(results, "durableCommit");
        Statistics raw = stats(results, "rawSqliteCommit");
        Statistics escpos = stats(results, "escposRender");
        Statistics raster = stats(results, "escposRenderRasterQr");
        return List.of(
                row("till-phone-lookup-p99", lookup, "p50 " + ms(lookup, 50) + " ms", command + " (" + setup
                        + "; CustomerLookup normalize + HMAC + cache read of a random one of 1000000 cached"
                        + " customers, 5000 unsynced sales; " + where + "; " + lookup.getN() + " samples)"),
                row("till-pricing-p99", pricing, "p50 " + ms(pricing, 50) + " ms; through Checkout.preview (the"
                        + " journal's rules) p99 " + ms(preview, 99) + " ms", command + " (" + setup
                        + "; CheckPricer on a 10-line check: modifiers, 9 and 21 % VAT, 10 % off a line, 1.00 off"
                        + " the check, a Silver customer paying with points; " + pricing.getN() + " samples)"),
                row("till-durable-commit-p99", commit, "raw SQLite INSERT + commit of the same payload, same"
                        + " pragmas: p99 " + ms(raw, 99) + " ms, p50 " + ms(raw, 50) + " ms; recordSale p50 "
                        + ms(commit, 50) + " ms", command + " (" + setup + "; Journal.recordSale of a 10-line sale"
                        + " with receipt facts and its chain link; " + where + "; " + commit.getN() + " samples)"),
                row("receipt-escpos-render-p99", escpos, "p50 " + ms(escpos, 50) + " ms; raster QR (ZXing) p99 "
                        + ms(raster, 99) + " ms", command + " (" + setup + "; EscPosReceipt.render, 80 mm, 10"
                        + " lines, VAT, points, printer's own QR of the rating link, drawer kick, cut; "
                        + escpos.getN() + " samples)"));
    }

    private static Statistics stats(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no JMH result for " + method))
                .getPrimaryResult().getStatistics();
    }

    private static String[] row(String figure, Statistics stats, String baseline, String command) {
        return new String[] {figure, ms(stats, 99), "ms", baseline, command};
    }

    /** A percentile of microsecond samples, in milliseconds. */
    static String ms(Statistics stats, double percentile) {
        return ms(stats.getPercentile(percentile) / 1000.0);
    }

    static String ms(double millis) {
        return millis < 0.1 ? String.format("%.4f", millis) : millis < 10 ? String.format("%.3f", millis)
                : String.format("%.1f", millis);
    }

    /** Sorted copy's value at a percentile (nearest rank). */
    static double percentile(List<Double> values, double percentile) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
