package dev.regulars.pos.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's launcher (src/main/dist/regulars-till) with a real JVM: the first run records a class-data-sharing
 * archive as it exits, the next maps it, a new jar gets a new archive and the old one goes, the till's arguments and
 * exit status pass through, and a cache folder it cannot write only means no archive.
 */
class LauncherScriptTest {

    @TempDir
    Path dir;
    private Path install;
    private Path cache;

    @BeforeEach
    void install() throws IOException {
        install = Files.createDirectories(dir.resolve("opt"));
        cache = dir.resolve("cache");
        Files.copy(Path.of("src/main/dist/regulars-till"), install.resolve("regulars-till"));
        writeJar(install.resolve("pos-terminal.jar"));
    }

    @Test
    void theFirstRunRecordsTheArchiveTheNextMapsIt() throws Exception {
        Run first = run(Map.of(), "--data-dir", "/var/lib/till", "exit=3");
        assertThat(first.output).contains("probe --data-dir,/var/lib/till,exit=3");
        assertThat(first.status).as("the till's exit status").isEqualTo(3);
        List<Path> archives = archives();
        assertThat(archives).singleElement().asString().endsWith(".jsa");

        Run second = run(Map.of("JAVA_OPTS", "-Xlog:cds=info"), "again");
        assertThat(second.output).contains("probe again")
                .contains("Opened archive " + archives.get(0))
                .contains("Mapped dynamic region");
        assertThat(second.status).isZero();
        assertThat(archives()).isEqualTo(archives);
    }

    @Test
    void aNewJarGetsANewArchiveAndTheOldOneGoes() throws Exception {
        run(Map.of());
        Path old = archives().get(0);
        Path jar = install.resolve("pos-terminal.jar");
        writeJar(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

        Run updated = run(Map.of("JAVA_OPTS", "-Xlog:cds=info"));
        assertThat(updated.output).contains("probe").doesNotContain("Opened archive " + old);
        assertThat(archives()).singleElement().isNotEqualTo(old);
    }

    @Test
    void aCacheItCannotWriteOnlyMeansNoArchive() throws Exception {
        Files.writeString(dir.resolve("cache"), "a file where the folder would be");
        Run run = run(Map.of(), "still");
        assertThat(run.output).contains("probe still");
        assertThat(run.status).isZero();
    }

    private record Run(String output, int status) {
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", install.resolve("regulars-till").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("REGULARS_TILL_CDS_DIR", cache.toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(output, process.exitValue());
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    /** A jar of the probe, as pos-terminal.jar is a jar of the till (Main-Class in its manifest). */
    private static void writeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream in = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
    }
}
