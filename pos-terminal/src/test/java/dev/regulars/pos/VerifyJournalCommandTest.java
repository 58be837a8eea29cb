package dev.regulars.pos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.core.sync.ShiftRecord;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.receipt.ReceiptFacts;
import dev.regulars.pos.shift.ShiftDesk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --verify-journal}: the exit code and the words a person at the till's console gets, for a whole journal
 * and for each way someone with the database file could try to change what the till journalled.
 */
class VerifyJournalCommandTest {

    @TempDir
    Path dir;

    private Path file;
    private SaleRecord first;
    private SaleRecord second;
    private ShiftRecord z;

    private static SaleRecord sale(long price) {
        return new SaleRecord(UUID.randomUUID(), Instant.parse("2026-11-23T09:00:00Z").plusSeconds(price), 1, "EUR",
                List.of(new SaleLineRecord("TEA", "Tea", 1, price)),
                List.of(new PaymentRecord(PaymentRecord.PaymentMethod.CASH, price, price)), null, null, 0,
                new SaleRecord.TillFigures(price, 0, 0, price, 0));
    }

    @Test
    void aWholeJournalExitsZeroAndATamperedOneNamesTheBreakAndExitsOne() throws Exception {
        SaleRecord sale = sale(250);
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            journal.recordSale(sale, null, 0);
        }
        Path file = dir.resolve("journal.db");
        assertThat(run(file, null)).startsWith("0:").contains("1 entries chained", "The journal is whole.",
                "No Z report carries a chain head yet.");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().executeUpdate("UPDATE sale SET payload = replace(payload, '250', '150')");
        }
        assertThat(run(file, null)).startsWith("1:").contains("1 break(s):",
                "link 1 (sale " + sale.saleId() + "): the entry was changed after it was written");
        assertThat(PosLauncher.verifyJournal(dir.resolve("nothing-here.db"))).isEqualTo(2);
        assertThat(run(file, "not-a-hash")).startsWith("2:");
        assertThat(PosLauncher.parse(new String[] {"--verify-journal", "--expect-head=ABCDEF0123456789"}))
                .containsEntry("expect-head", "ABCDEF0123456789").containsEntry("verify-journal", "true");
    }

    /** A day closed with its Z report: links 1 the opening, 2 and 3 the sales, 4 the Z report. */
    private void closedDay() {
        first = sale(250);
        second = sale(300);
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            ShiftDesk desk = new ShiftDesk(journal, TillFixture.CLOCK, "EUR");
            desk.open(null, 100_00);
            journal.recordSale(first, "eva-hmac", 12, new ReceiptFacts(null, "Front", null, "Eva", 0, 262L).toJson());
            journal.recordSale(second, null, 0, null);
            z = desk.close(null, 105_50);
        }
        file = dir.resolve("journal.db");
    }

    /** The next day open, with one sale: link 5 the opening, link 6 the sale (receipt 3). */
    private String nextDayWithASale() {
        try (Journal journal = Journal.open(file)) {
            new ShiftDesk(journal, TillFixture.CLOCK, "EUR").open(null, 105_50);
            journal.recordSale(sale(350), null, 0);
            return journal.verifyChain().lastHash();
        }
    }

    @Test
    void anUntouchedDayIsWholeAndSaysWhatCanStillBeCutAfterItsZReport() {
        closedDay();
        assertThat(run(file, z.chain().shortHash())).startsWith("0:").contains("4 entries chained",
                "The last Z report printed: 4 records, last receipt 2, head " + z.chain().shortHash(),
                "The journal is whole.", "the expected head " + z.chain().shortHash() + " is link 4 of 4");

        nextDayWithASale();

        assertThat(run(file, z.chain().hash())).startsWith("0:").contains("Note: 2 record(s) after the last Z"
                + " report (link 4, receipt 2, head " + z.chain().shortHash() + ") can be cut without trace unless"
                + " compared with the server or the printed Z report.", "is link 4 of 6; 2 link(s) were written"
                + " after it");
    }

    @Test
    void theLastSaleDeletedShowsInTheJournalsCountersAndCountersResetToo() throws Exception {
        closedDay();
        String seen = nextDayWithASale();
        sql("DELETE FROM sale WHERE seq = 3", "DELETE FROM chain WHERE seq = 6");

        assertThat(run(file, null)).startsWith("1:").contains("2 break(s):",
                "receipt number 3 is given but gone: the journal ends at 2 (its newest entries were cut off)",
                "link 6 is given but gone: the journal ends at 5 (its newest entries were cut off)");

        // a careful forger resets SQLite's counters too: only a head seen before can tell
        sql("UPDATE sqlite_sequence SET seq = 2 WHERE name = 'sale'",
                "UPDATE sqlite_sequence SET seq = 5 WHERE name = 'chain'");
        assertThat(run(file, null)).startsWith("0:").contains("Note: 1 record(s) after the last Z report");
        assertThat(run(file, seen)).startsWith("1:").contains("the expected head " + seen + " is not in this"
                + " journal: records up to it were cut off or rewritten");
    }

    @Test
    void theLastZReportDeletedShowsAgainstThePaper() throws Exception {
        closedDay();
        // the shift made open again, its Z report and link gone, the chain's counter put back
        sql("UPDATE shift SET closed_at = NULL, payload = NULL, chain_hash = NULL, chain_links = NULL,"
                + " last_receipt = NULL", "DELETE FROM chain WHERE seq = 4");

        assertThat(run(file, null)).startsWith("1:").contains(
                "link 4 is given but gone: the journal ends at 3 (its newest entries were cut off)");

        sql("UPDATE sqlite_sequence SET seq = 3 WHERE name = 'chain'");
        assertThat(run(file, null)).startsWith("0:").contains("No Z report carries a chain head yet.",
                "Note: 3 record(s) after the last Z report (none carries a chain head yet) can be cut without trace");
        assertThat(run(file, z.chain().shortHash())).startsWith("1:").contains("1 break(s):", "the expected head "
                + z.chain().shortHash() + " is not in this journal: records up to it were cut off or rewritten");
    }

    @Test
    void aDroppedChainTableIsABreakNotAnUnreadableJournal() throws Exception {
        closedDay();
        sql("DROP TABLE chain");

        assertThat(run(file, null)).startsWith("1:").contains("1 break(s):",
                "the chain table is gone from the journal: every link of the tamper-evident chain was removed");
    }

    @Test
    void aZReportDeletedWithItsShiftShowsInTheShiftNumbers() throws Exception {
        closedDay();
        sql("DELETE FROM shift", "DELETE FROM chain WHERE kind IN ('SHIFT', 'SHIFT_OPEN')");

        assertThat(run(file, null)).startsWith("1:").contains(
                "shift number 1 is given but gone: the journal ends at 0 (its newest entries were cut off)",
                "link 2 (sale " + first.saleId() + "): does not follow the link before it");
    }

    @Test
    void whatTheReceiptSaidAndThePointsEarnedAreCovered() throws Exception {
        closedDay();
        sql("UPDATE sale SET receipt_facts = replace(receipt_facts, '262', '2620') WHERE seq = 1");
        assertThat(run(file, null)).startsWith("1:").contains("1 break(s):",
                "link 2 (sale " + first.saleId() + "): the entry was changed after it was written");

        sql("UPDATE sale SET receipt_facts = replace(receipt_facts, '2620', '262') WHERE seq = 1");
        assertThat(run(file, null)).startsWith("0:");
        sql("UPDATE sale SET points_earned = 1200 WHERE seq = 1");
        assertThat(run(file, null)).startsWith("1:").contains("1 break(s):",
                "link 2 (sale " + first.saleId() + "): the entry was changed after it was written");
    }

    @Test
    void theOpeningCashIsCoveredWhileTheShiftIsOpenAndAfterItsZReport() throws Exception {
        closedDay();
        nextDayWithASale();
        sql("UPDATE shift SET opening_cash = 0");

        String out = run(file, null);
        assertThat(out).startsWith("1:").contains("3 break(s):", "link 1 (shift opening " + z.shiftId()
                + "): the entry was changed after it was written", "link 4 (shift " + z.shiftId()
                + "): the entry was changed after it was written");
        assertThat(out).containsPattern("link 5 \\(shift opening [0-9a-f-]{36}\\): the entry was changed after it"
                + " was written");
    }

    @Test
    void aReceiptRenumberedOrTwoSwappedAreNamed() throws Exception {
        closedDay();
        sql("UPDATE sale SET seq = 7 WHERE seq = 2");
        assertThat(run(file, null)).startsWith("1:").contains(
                "link 3 (sale " + second.saleId() + "): the entry was changed after it was written",
                "receipt numbers 2 to 6 are missing from the journal",
                "link 4 (shift " + z.shiftId() + "): the Z report says link 4, receipt 2, head "
                        + z.chain().shortHash() + " but the chain there is link 4, receipt 7, head "
                        + z.chain().shortHash());

        sql("UPDATE sale SET seq = 2 WHERE seq = 7", "UPDATE sale SET seq = 9 WHERE seq = 1",
                "UPDATE sale SET seq = 1 WHERE seq = 2", "UPDATE sale SET seq = 2 WHERE seq = 9");
        assertThat(run(file, null)).startsWith("1:").contains("3 break(s):",
                "link 2 (sale " + first.saleId() + "): the entry was changed after it was written",
                "link 3 (sale " + second.saleId() + "): the entry was changed after it was written",
                "link 3 (sale " + second.saleId() + "): numbered 1 after 2 in the chain (entries renumbered or"
                        + " reordered)");
    }

    @Test
    void linksPutInAnotherOrderAreNamed() throws Exception {
        closedDay();
        sql("UPDATE chain SET seq = 10 WHERE seq = 2", "UPDATE chain SET seq = 2 WHERE seq = 3",
                "UPDATE chain SET seq = 3 WHERE seq = 10");

        assertThat(run(file, null)).startsWith("1:").contains(
                "link 2 (sale " + second.saleId() + "): does not follow the link before it",
                "link 3 (sale " + first.saleId() + "): numbered 1 after 2 in the chain");
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String statement : statements) {
                st.executeUpdate(statement);
            }
        }
    }

    private static String run(Path file, String expectedHead) {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = PosLauncher.verifyJournal(file, expectedHead);
            return code + ":" + out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(before);
        }
    }
}
