package dev.regulars.pos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.pos.journal.Journal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --verify-journal}: the exit code and the words a person at the till's console gets. */
class VerifyJournalCommandTest {

    @TempDir
    Path dir;

    @Test
    void aWholeJournalExitsZeroAndATamperedOneNamesTheBreakAndExitsOne() throws Exception {
        SaleRecord sale = new SaleRecord(UUID.randomUUID(), Instant.parse("2026-11-23T09:00:00Z"), 1, "EUR",
                List.of(new SaleLineRecord("TEA", "Tea", 1, 250)),
                List.of(new PaymentRecord(PaymentRecord.PaymentMethod.CASH, 250, 250)), null, null, 0,
                new SaleRecord.TillFigures(250, 0, 0, 250, 0));
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            journal.recordSale(sale, null, 0);
        }
        Path file = dir.resolve("journal.db");
        assertThat(run(file)).startsWith("0:").contains("1 entries chained", "The journal is whole.");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().executeUpdate("UPDATE sale SET payload = replace(payload, '250', '150')");
        }
        assertThat(run(file)).startsWith("1:").contains("1 break(s):",
                "link 1 (sale " + sale.saleId() + "): the entry was changed after it was written");
        assertThat(PosLauncher.verifyJournal(dir.resolve("nothing-here.db"))).isEqualTo(2);
    }

    private static String run(Path file) {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = PosLauncher.verifyJournal(file);
            return code + ":" + out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(before);
        }
    }
}
