package dev.regulars.server.it;

import dev.regulars.devstack.PayaraMicroServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A Payara Micro of this test run: the server WAR deployed at the root context on a free port, configured for the
 * run's database, SMTP server and SMS gateway ({@link TestDatabase#serverProperties()}) plus any extra settings.
 * The same Payara Micro and WAR the demo and production run; the tests talk to it over HTTP, as tills, browsers and
 * phones do.
 */
final class ItServer implements AutoCloseable {

    /** The run-level servers still up (shared, Wallet): a test of its own cluster stops them, see {@link #stopRunLevel}. */
    private static final java.util.Set<ItServer> RUN_LEVEL = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final PayaraMicroServer server;
    private final URL url;
    private volatile boolean closed;

    private ItServer(PayaraMicroServer server) throws IOException {
        this.server = server;
        this.url = java.net.URI.create(server.baseUrl() + "/").toURL();
    }

    /**
     * Starts one and waits until {@code /api/health} answers (at most 15 minutes: a loaded CI machine).
     *
     * @param name  its work directory under target/it (log, properties, Micro's root)
     * @param extra settings on top of the run's
     * @throws IllegalStateException when it exits or does not become healthy; the message ends with its log
     */
    static ItServer start(String name, Map<String, String> extra) throws IOException, InterruptedException {
        Map<String, String> settings = new HashMap<>(TestDatabase.serverProperties());
        settings.putAll(extra);
        Path war = Path.of(System.getProperty("regulars.war"));
        Path micro = Path.of(System.getProperty("payara.microJar"));
        Path work = Path.of(System.getProperty("regulars.it.dir", "target/it")).resolve(name);
        PayaraMicroServer server = PayaraMicroServer.start(micro, war, freePort(), settings, work);
        try {
            server.awaitHealthy(Duration.ofMinutes(15));
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return new ItServer(server);
    }

    /** Marks this one a server of the whole run (started once, shared by classes), which {@link #stopRunLevel} stops. */
    ItServer runLevel() {
        RUN_LEVEL.add(this);
        return this;
    }

    /**
     * Stops the run's shared servers, for a test whose own nodes must be the only ones running the scheduled jobs
     * (TwoNodesCampaignIT kills the node holding a campaign's lease: a shared server could take the lease). A later
     * class that needs one starts it again ({@link SharedServer}, WalletIT's stand-ins).
     */
    static void stopRunLevel() {
        RUN_LEVEL.forEach(ItServer::close);
        RUN_LEVEL.clear();
    }

    /** Whether it has been closed (it is then started again where needed). */
    boolean closed() {
        return closed;
    }

    /** The server's root, ending with a slash: {@code url() + "admin/login.xhtml"}. */
    URL url() {
        return url;
    }

    /** Everything the server has logged so far. */
    String log() throws IOException {
        return new String(java.nio.file.Files.readAllBytes(server.log()), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closed = true;
        server.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
