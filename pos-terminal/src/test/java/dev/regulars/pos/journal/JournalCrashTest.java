package dev.regulars.pos.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.SaleRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a till process with SIGKILL in the middle of taking sales: every acknowledged sale must survive. */
class JournalCrashTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSaleSurvivesKillNine() throws Exception {
        Path file = dir.resolve("journal.db");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JournalCrashWriter.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<UUID> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while (acknowledged.size() < 300 && (line = out.readLine()) != null) {
                acknowledged.add(UUID.fromString(line));
            }
            // SIGKILL: no shutdown hooks, no close, no flush of anything the process still held
            writer.destroyForcibly();
            writer.waitFor();
        }

        assertThat(acknowledged).hasSize(300);
        try (Journal journal = Journal.open(file)) {
            Set<UUID> stored = journal.unsyncedSales(100_000).stream().map(SaleRecord::saleId)
                    .collect(Collectors.toSet());
            assertThat(stored).containsAll(acknowledged);
        }
    }
}
