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
 * The real till launched as a café starts it, {@code java -jar pos-terminal/target/pos-terminal.jar} with its lib/,
 * on a journal paired beforehand, to the moment its PIN screen is on the screen: a real window, full screen, on an
 * X server (Xvfb, with matchbox-window-manager as the kiosk's window manager). The till is started with
 * {@code -Dregulars.till.exit-at-pin-screen=true}, which makes it print a line once the PIN pad has been rendered
 * and exit; the time runs from just before the process is spawned to when that line arrives. One unmeasured run
 * first (it also reports which JavaFX pipeline draws), then {@code --cold-starts} measured ones.
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
            String pipeline = launch(jar, dataDir, display, true).pipeline;
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                seconds.add(launch(jar, dataDir, display, false).seconds);
                System.out.printf("cold start %d: %.2f s%n", i + 1, seconds.get(i));
            }
            double median = TillBenchmark.percentile(seconds, 50);
            double p90 = TillBenchmark.percentile(seconds, 90);
            return List.<String[]>of(new String[] {"till-cold-start", String.format("%.2f", median), "s",
                    String.format("p90 %.2f s, fastest %.2f s, slowest %.2f s", p90,
                            TillBenchmark.percentile(seconds, 0), TillBenchmark.percentile(seconds, 100)),
                    command + " (median of " + runs + " launches after one unmeasured: java -jar"
                            + " pos-terminal.jar, paired journal with " + TillCacheFill.cached(dataDir.resolve(
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

    private static Launch launch(Path jar, Path dataDir, int display, boolean verbose) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-Dregulars.till.exit-at-pin-screen=true"));
        if (verbose) {
            cmd.add("-Dprism.verbose=true");
        }
        cmd.addAll(List.of("-jar", jar.toString(), "--data-dir", dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().put("DISPLAY", ":" + display);
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
