package dev.regulars.server.it;

import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one Payara Micro that the test classes of a run share: started by the first class that registers this
 * extension (after {@link TestDatabase}), stopped when the JUnit run ends. Starting Payara Micro and deploying the
 * WAR takes most of a minute, so a server per class made the suite slow; the classes already share the run's
 * database, so they were never independent of each other's data, and each uses its own phones, tills and stores.
 * A class that needs other server settings (WalletIT) or kills its server (ServerRestartIT) starts its own
 * {@link ItServer}.
 */
public final class SharedServer implements BeforeAllCallback {

    private static ItServer running;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    /** The shared server's root URL, ending with a slash. */
    static synchronized URL url() {
        if (running == null) {
            throw new IllegalStateException("register SharedServer on the test class (after TestDatabase)");
        }
        return running.url();
    }

    private static synchronized ItServer start() {
        if (running == null || running.closed()) {
            if (running == null) {
                // stopped when the JVM exits, not with JUnit's root context (see TestDatabase#start)
                Runtime.getRuntime().addShutdownHook(new Thread(SharedServer::stop, "stop the shared server"));
            }
            try {
                running = ItServer.start("shared", Map.of()).runLevel();
            } catch (Exception e) {
                throw new IllegalStateException("the run's Payara Micro did not start", e);
            }
        }
        return running;
    }

    /** Stops the server running, at the JVM's exit. */
    private static void stop() {
        synchronized (SharedServer.class) {
            if (running != null) {
                running.close();
            }
        }
    }
}
