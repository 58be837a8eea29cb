package dev.regulars.pos.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a till process with SIGKILL in the middle of a first fill: the fill resumes and ends complete. */
class CustomerFillCrashTest {

    @TempDir
    Path dir;

    @Test
    void aFillKilledMidwayIsNeverTakenForCompleteAndEndsWithEveryCustomerOnce() throws Exception {
        Path file = dir.resolve("journal.db");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CustomerFillCrashWriter.class.getName(),
                file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long acknowledged = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while (acknowledged < 6 && (line = out.readLine()) != null) {
                acknowledged = Long.parseLong(line);
            }
            // SIGKILL in the middle of a later page
            writer.destroyForcibly();
            writer.waitFor();
        }
        assertThat(acknowledged).isEqualTo(6);

        long last = 12;
        try (Journal journal = Journal.open(file)) {
            long resumed = journal.cursor();
            assertThat(resumed).isBetween(acknowledged, acknowledged + 2);
            // until the fill's last page only the pairing's page is in the cache
            assertThat(journal.customers().byPhoneHmac("phone-1-0")).isPresent();
            assertThat(journal.customers().byPhoneHmac("phone-3-5")).isEmpty();
            for (long cursor = resumed + 1; cursor <= last; cursor++) {
                journal.applyChanges(CustomerFillCrashWriter.page(cursor, cursor < last));
            }

            long everyone = 1 + (last - 1) * CustomerFillCrashWriter.PER_PAGE;
            assertThat(CustomerFillTest.count(journal, "SELECT COUNT(*) FROM customer_cache")).isEqualTo(everyone);
            assertThat(CustomerFillTest.count(journal, "SELECT COUNT(DISTINCT customer_id) FROM customer_cache"))
                    .isEqualTo(everyone);
            assertThat(CustomerFillTest.count(journal, "SELECT COUNT(*) FROM card_cache"))
                    .isEqualTo(1 + (last - 1) * CustomerFillCrashWriter.PER_PAGE / 10);
            assertThat(journal.customers().byPhoneHmac("phone-3-5")).map(CachedCustomer::balance).contains(5L);
            assertThat(journal.customers().byCard("card-7-10")).map(CachedCustomer::balance).contains(10L);
            assertThat(journal.cursor()).isEqualTo(last);
        }
    }
}
