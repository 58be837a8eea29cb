package dev.regulars.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real till launched as a café starts it, through its launcher {@code pos-terminal/target/regulars-till} (the
 * kiosk's systemd unit runs it: the jar with its lib/ and the class-data-sharing archive of an earlier run), on a
 * journal paired beforehand, to the moment its PIN screen is on the screen: a real window, full screen, on an
 * X server (Xvfb, with matchbox-window-manager as the kiosk's window manager). The till is started with
 * {@code -Dregulars.till.exit-at-pin-screen=true}, which makes it print a line once the PIN pad has been rendered
 * and exit; the time runs from just before the process is spawned to when that line arrives. One unmeasured run
 * first (it records the archive, as a till's first run after an install does, and reports which JavaFX pipeline
 * draws), then {@code --cold-starts} measured ones, each followed by a plain {@code java -jar pos-terminal.jar} (no
 * archive) as the baseline in the same conditions.
 */
final class TillColdStart {

    static final String SHOWN = dev.regulars.pos.ColdStartMark.PIN_SCREEN_SHOWN;

    private TillColdStart() {
    }

    static List<String[]> run(Path dataDir, Map<String, String> o, String command) throws Exception {
        int runs = Integer.parseInt(o.getOrDefault("cold-starts", "10"));
        Path jar = Path.of("pos-terminal", "target", "pos-terminal.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the till first");
        }
        int display = freeDisplay();
        Files.createDirectories(TillBenchmark.WORK);
        Process xvfb = new ProcessBuilder("Xvfb", ":" + display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(TillBenchmark.WORK.resolve("xvfb.log").toFile()).start();
        Process wm = null;
        try {
            Thread.sleep(1000);
            ProcessBuilder manager = new ProcessBuilder("matchbox-window-manager", "-use_titlebar", "no")
                    .redirectErrorStream(true).redirectOutput(TillBenchmark.WORK.resolve("wm.log").toFile());
            manager.environment().put("DISPLAY", ":" + display);
            wm = manager.start();
            Thread.sleep(500);
            Path archives = TillBenchmark.WORK.resolve("cds");
            BenchDatabase.delete(archives);
            String pipeline = launch(jar, dataDir, display, true, archives).pipeline;
            if (!hasArchive(archives)) {
                throw new IllegalStateException("the launcher's first run left no archive in " + archives);
            }
            List<Double> seconds = new ArrayList<>();
            List<Double> plain = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                seconds.add(launch(jar, dataDir, display, false, archives).seconds);
                plain.add(launch(jar, dataDir, display, false, null).seconds);
                System.out.printf("cold start %d: %.2f s (plain java -jar %.2f s)%n", i + 1, seconds.get(i),
                        plain.get(i));
            }
            double median = TillBenchmark.percentile(seconds, 50);
            double p90 = TillBenchmark.percentile(seconds, 90);
            return List.<String[]>of(new String[] {"till-cold-start", String.format("%.2f", median), "s",
                    String.format("plain java -jar (no archive) median %.2f s; p90 %.2f s, fastest %.2f s, slowest"
                                    + " %.2f s", TillBenchmark.percentile(plain, 50), p90,
                            TillBenchmark.percentile(seconds, 0), TillBenchmark.percentile(seconds, 100)),
                    command + " (median of " + runs + " launches after one unmeasured that records the archive:"
                            + " pos-terminal/target/regulars-till, paired journal with " + TillCacheFill.cached(dataDir.resolve(
                            "journal.db")) + " cached customers, its server up; full screen on Xvfb 1920x1080 with"
                            + " matchbox-window-manager, JavaFX drawing with " + pipeline + "; from spawning the process to the"
                            + " PIN pad rendered)"});
        } finally {
            if (wm != null) {
                wm.destroy();
                wm.waitFor(10, TimeUnit.SECONDS);
            }
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private record Launch(double seconds, String pipeline) {
    }

    private static boolean hasArchive(Path archives) throws java.io.IOException {
        try (var files = Files.list(archives)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".jsa"));
        } catch (java.nio.file.NoSuchFileException none) {
            return false;
        }
    }

    /** @param archives the launcher's archive folder; null for a plain {@code java -jar} without one */
    private static Launch launch(Path jar, Path dataDir, int display, boolean verbose, Path archives)
            throws Exception {
        String options = "-Dregulars.till.exit-at-pin-screen=true" + (verbose ? " -Dprism.verbose=true" : "");
        List<String> cmd = new ArrayList<>();
        if (archives == null) {
            cmd.add("java");
            cmd.addAll(List.of(options.split(" ")));
            cmd.addAll(List.of("-jar", jar.toString()));
        } else {
            cmd.addAll(List.of("sh", jar.resolveSibling("regulars-till").toString()));
        }
        cmd.addAll(List.of("--data-dir", dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().put("DISPLAY", ":" + display);
        if (archives != null) {
            builder.environment().put("JAVA_OPTS", options);
            builder.environment().put("REGULARS_TILL_CDS_DIR", archives.toString());
        }
        long start = System.nanoTime();
        Process till = builder.start();
        String pipeline = "(pipeline not reported)";
        double seconds = -1;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(till.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (seconds < 0 && line.startsWith(SHOWN)) {
                    seconds = (System.nanoTime() - start) / 1e9;
                }
                if (line.startsWith("Initialized prism pipeline: ")) {
                    pipeline = line.substring("Initialized prism pipeline: ".length()).strip();
                }
                output.add(line);
            }
        }
        if (!till.waitFor(60, TimeUnit.SECONDS)) {
            till.destroyForcibly();
            throw new IllegalStateException("the till did not exit after its PIN screen");
        }
        if (seconds < 0) {
            throw new IllegalStateException("the till never showed its PIN screen:\n" + String.join("\n", output));
        }
        if (verbose) {
            output.forEach(l -> System.out.println("  till: " + l));
        }
        return new Launch(seconds, pipeline);
    }

    private static int freeDisplay() {
        for (int display = 90; display < 140; display++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + display)) && !Files.exists(Path.of("/tmp/.X" + display
                    + "-lock"))) {
                return display;
            }
        }
        throw new IllegalStateException("no free X display between :90 and :139");
    }
}
