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

    private final PayaraMicroServer server;
    private final URL url;

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

    /** The server's root, ending with a slash: {@code url() + "admin/login.xhtml"}. */
    URL url() {
        return url;
    }

    @Override
    public void close() {
        server.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
