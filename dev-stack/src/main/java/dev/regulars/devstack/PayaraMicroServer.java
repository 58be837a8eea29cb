package dev.regulars.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Payara Micro in a child process with the server WAR deployed at the root context. */
public final class PayaraMicroServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private PayaraMicroServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param systemProperties passed through a file, so that passwords do not show in the process list
     * @param workDir          holds the properties file, Micro's root dir and its log
     */
    public static PayaraMicroServer start(Path microJar, Path war, int port, Map<String, String> systemProperties,
                                          Path workDir) throws IOException {
        return start(microJar, war, port, systemProperties, workDir, List.of());
    }

    /** @param jvmOptions extra options for the server's JVM (a profiler, a heap size) */
    public static PayaraMicroServer start(Path microJar, Path war, int port, Map<String, String> systemProperties,
                                          Path workDir, List<String> jvmOptions) throws IOException {
        return start(microJar, war, port, systemProperties, workDir, jvmOptions, List.of("--nocluster"));
    }

    /**
     * A node of a cluster of this machine's nodes: they find each other over TCP on 127.0.0.1 (no multicast) and
     * share the web sessions of the WAR (it is distributable) through Hazelcast.
     *
     * @param clusterName  nodes of one cluster share it; no other Payara Micro of the machine joins
     * @param clusterPort  the data grid port of the cluster's first node; later ones take the next free ports
     */
    public static PayaraMicroServer startInCluster(Path microJar, Path war, int port,
                                                   Map<String, String> systemProperties, Path workDir,
                                                   String clusterName, int clusterPort) throws IOException {
        return start(microJar, war, port, systemProperties, workDir, List.of(), List.of(
                "--clustername", clusterName, "--clustermode", "tcpip:127.0.0.1:" + clusterPort,
                "--startport", Integer.toString(clusterPort), "--interfaces", "127.0.0.1"));
    }

    private static PayaraMicroServer start(Path microJar, Path war, int port, Map<String, String> systemProperties,
                                           Path workDir, List<String> jvmOptions, List<String> clusterOptions)
            throws IOException {
        Files.createDirectories(workDir);
        Path propertiesFile = workDir.resolve("server.properties");
        Properties properties = new Properties();
        properties.putAll(systemProperties);
        try (OutputStream out = Files.newOutputStream(propertiesFile)) {
            properties.store(out, "Regulars server configuration for this run");
        }
        Path log = workDir.resolve("payara-micro.log");
        // A root dir left by an earlier run would first redeploy the old WAR, which answers health checks
        // until Micro swaps in the new one: start from an empty root every time.
        Path rootDir = workDir.resolve("micro-root");
        deleteRecursively(rootDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar", microJar.toAbsolutePath().toString()));
        command.addAll(clusterOptions);
        command.addAll(List.of(
                "--port", Integer.toString(port),
                "--systemProperties", propertiesFile.toAbsolutePath().toString(),
                "--rootDir", rootDir.toAbsolutePath().toString(),
                "--deploy", war.toAbsolutePath() + ":/"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new PayaraMicroServer(process, port, log);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Waits for {@code /api/health} to answer 200; fails early if the process dies. */
    public void awaitHealthy(Duration timeout) throws InterruptedException {
        // HTTP/1.1: a health probe has no use for the h2c upgrade the client would otherwise ask for on every try
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log
                        + "; it ends with:\n" + tail(40));
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro was not healthy within " + timeout + "; see " + log
                + "; it ends with:\n" + tail(40));
    }

    /** The last {@code lines} lines of the server's log (it is gone with the build directory of a CI run). */
    private String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(the log could not be read: " + e + ")";
        }
    }

    /** SIGKILL: no shutdown, as in a power cut or an OOM kill. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
