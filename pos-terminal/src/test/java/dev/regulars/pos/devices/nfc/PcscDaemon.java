package dev.regulars.pos.devices.nfc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's pcscd, run by a test as a child process with vsmartcard's virtual reader (vpcd) as its only reader. It is
 * the test's own pcscd, whatever else runs on the machine: its reader.conf.d is a folder of the test, its vpcd
 * listens on free ports, and it runs in a mount namespace of its own ({@code unshare}; as another user than root in
 * a user namespace too) where {@code /run/pcscd}, the folder pcsc-lite 1.9 fixes for the daemon's socket, is a
 * folder of the test. The JVM's libpcsclite finds that socket through PCSCLITE_CSOCK_NAME, which the build sets
 * (pos-terminal/pom.xml): the daemon's socket goes where that variable says.
 * <p>
 * {@link #close} stops it (SIGTERM, then SIGKILL); a JVM that ends first stops it by a shutdown hook, and pcscd's own
 * --auto-exit ends it a minute after its last client if everything else failed.
 */
final class PcscDaemon implements AutoCloseable {

    static final Path PCSCD = Path.of("/usr/sbin/pcscd");
    static final Path VPCD_DRIVER = Path.of("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");
    /** The longest path a unix socket may have (sun_path is 108 bytes with its NUL). */
    private static final int SOCKET_PATH_MAX = 107;
    private static final Duration READY_WITHIN = Duration.ofSeconds(15);

    private final Process process;
    private final Path log;
    private final Thread stopAtExit;

    private PcscDaemon(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.stopAtExit = new Thread(this::stop, "stop-test-pcscd");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** The socket the JVM's libpcsclite talks to: PCSCLITE_CSOCK_NAME, which the build sets. */
    static Path clientSocket() {
        String socket = System.getenv("PCSCLITE_CSOCK_NAME");
        if (socket == null || socket.isBlank()) {
            throw new IllegalStateException("PCSCLITE_CSOCK_NAME is not set: run this test through Maven"
                    + " (pos-terminal/pom.xml sets it), or set it to a path such as /tmp/pcscd-test/pcscd.comm");
        }
        Path path = Path.of(socket).toAbsolutePath();
        if (path.toString().getBytes(StandardCharsets.UTF_8).length > SOCKET_PATH_MAX) {
            throw new IllegalStateException("PCSCLITE_CSOCK_NAME is longer than a unix socket path may be ("
                    + SOCKET_PATH_MAX + " bytes): " + path);
        }
        return path;
    }

    /** What the test needs installed, or "" when it is all there. */
    static String missing() {
        StringBuilder missing = new StringBuilder();
        if (!Files.isExecutable(PCSCD)) {
            missing.append(" pcscd");
        }
        if (!Files.exists(VPCD_DRIVER)) {
            missing.append(" vsmartcard-vpcd");
        }
        return missing.toString().strip();
    }

    /**
     * Starts pcscd with vpcd's two slots on {@code port} and {@code port + 1}, and waits until it takes clients.
     *
     * @param dir the test's folder for the configuration and pcscd's log
     */
    static PcscDaemon start(Path dir, int port) throws IOException, InterruptedException {
        Path socket = clientSocket();
        Path conf = Files.createDirectories(dir.resolve("reader.conf.d"));
        Files.writeString(conf.resolve("vpcd"), String.join("\n",
                "FRIENDLYNAME \"Virtual PCD\"",
                "DEVICENAME   /dev/null:" + port, // /dev/null: vpcd listens (a host name: it connects out)
                "LIBPATH      " + VPCD_DRIVER,
                "CHANNELID    " + port, ""));
        Path run = Files.createDirectories(socket.getParent());
        Files.deleteIfExists(socket);
        Files.deleteIfExists(run.resolve("pcscd.pid"));
        Path log = dir.resolve("pcscd.log");
        // a fresh /run for the daemon alone, /run/pcscd in it being the folder of the client's socket
        String script = "mount -t tmpfs regulars-test /run && mkdir /run/pcscd && mount --bind \"$0\" /run/pcscd"
                + " && exec " + PCSCD + " --foreground --auto-exit --debug --config \"$1\"";
        List<String> command = new ArrayList<>(List.of("unshare", "--mount", "--propagation", "private"));
        if (!"root".equals(System.getProperty("user.name"))) {
            command.addAll(1, List.of("--user", "--map-root-user"));
        }
        command.addAll(List.of("sh", "-c", script, run.toString(), conf.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        PcscDaemon daemon = new PcscDaemon(process, log);
        daemon.awaitReady(socket);
        return daemon;
    }

    /** Two free TCP ports one after the other, for vpcd's two slots. */
    static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket first = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = first.getLocalPort();
                if (port < 65535 && free(port + 1)) {
                    return port;
                }
            }
        }
        throw new IOException("no two free TCP ports in a row");
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private void awaitReady(Path socket) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("pcscd ended at start (exit " + process.exitValue() + "): " + log());
            }
            if (Files.exists(socket) && log().contains("daemon ready")) {
                return;
            }
            Thread.sleep(50);
        }
        stop();
        throw new IllegalStateException("pcscd not ready within " + READY_WITHIN + ": " + log());
    }

    /** What pcscd wrote so far (its --debug log goes to this file). */
    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Stops pcscd and waits for it to end. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // the JVM is shutting down: the hook runs anyway, and stopping twice is harmless
        }
    }
}
