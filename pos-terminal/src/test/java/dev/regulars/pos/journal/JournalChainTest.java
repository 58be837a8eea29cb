package dev.regulars.pos.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.RefundRecord;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.core.sync.ShiftRecord;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.receipt.ReceiptFacts;
import dev.regulars.pos.shift.ShiftDesk;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's chain notices an entry changed, removed or slipped in by someone with the database file. */
class JournalChainTest {

    @TempDir
    Path dir;

    private static SaleRecord sale(long price) {
        return new SaleRecord(UUID.randomUUID(), Instant.parse("2026-11-23T09:00:00Z").plusSeconds(price), 1, "EUR",
                List.of(new SaleLineRecord("TEA", "Tea", 1, price)),
                List.of(new PaymentRecord(PaymentRecord.PaymentMethod.CASH, price, price)), null, null, 0,
                new SaleRecord.TillFigures(price, 0, 0, price, 0));
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    @Test
    void salesAndRefundsAreNumberedAndChainedAndAWholeJournalVerifies() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            SaleRecord first = sale(250);
            assertThat(journal.recordSale(first, null, 0)).isEqualTo(1);
            assertThat(journal.recordSale(sale(300), null, 0)).isEqualTo(2);
            journal.refunds().record(new RefundRecord(UUID.randomUUID(), first.saleId(), Instant.now(),
                    List.of(new RefundRecord.Line(1, 1)), null));

            ChainReport report = journal.verifyChain();

            assertThat(report.intact()).isTrue();
            assertThat(report.links()).isEqualTo(3);
            assertThat(report.lastHash()).hasSize(64).isNotEqualTo(JournalChain.GENESIS);
            assertThat(journal.saleNumbered(1)).get().extracting(JournalledSale::record).isEqualTo(first);
            assertThat(journal.sale(first.saleId())).get().extracting(JournalledSale::number).isEqualTo(1L);
        }
    }

    @Test
    void anEditedSaleARemovedOneAndOneSlippedInAreEachNamed() throws Exception {
        SaleRecord edited = sale(250);
        SaleRecord removed = sale(300);
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            journal.recordSale(edited, null, 0);
            journal.recordSale(removed, null, 0);
            journal.recordSale(sale(350), null, 0);
        }
        sql("UPDATE sale SET payload = replace(payload, '250', '25') WHERE sale_id = '" + edited.saleId() + "'");
        sql("DELETE FROM sale WHERE sale_id = '" + removed.saleId() + "'");
        sql("INSERT INTO sale (sale_id, payload, points_redeemed, points_earned, recorded_at) VALUES"
                + " ('slipped-in', '{}', 0, 0, '2026-11-23T10:00:00Z')");

        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            ChainReport report = journal.verifyChain();

            assertThat(report.intact()).isFalse();
            assertThat(report.breaks()).containsExactly(
                    "link 1 (sale " + edited.saleId() + "): the entry was changed after it was written",
                    "link 2 (sale " + removed.saleId() + "): its entry is gone from the journal",
                    "sale slipped-in: in the journal but not in the chain",
                    "receipt number 2 is missing from the journal");
        }
    }

    @Test
    void aRemovedLinkBreaksTheChainAtTheNextOne() throws Exception {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            journal.recordSale(sale(250), null, 0);
            journal.recordSale(sale(300), null, 0);
            journal.recordSale(sale(350), null, 0);
        }
        sql("DELETE FROM chain WHERE seq = 2");
        sql("DELETE FROM sale WHERE seq = 2");

        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            assertThat(journal.verifyChain().breaks()).hasSize(2).first().asString()
                    .startsWith("link 3 ").endsWith("does not follow the link before it (a link was removed or put in)");
            assertThat(journal.verifyChain().breaks()).last().isEqualTo("receipt number 2 is missing from the journal");
        }
    }

    @Test
    void aJournalFromBeforeTheChainIsLinkedWhenOpened() throws Exception {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            journal.recordSale(sale(250), null, 0);
            journal.recordSale(sale(300), null, 0);
        }
        // back to how version 5 left it
        JournalDowngrade.toVersion(dir.resolve("journal.db"), 5);

        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            ChainReport report = journal.verifyChain();
            assertThat(report.intact()).isTrue();
            assertThat(report.links()).isEqualTo(2);
            assertThat(journal.recordSale(sale(350), null, 0)).isEqualTo(3);
            assertThat(journal.verifyChain().links()).isEqualTo(3);
        }
    }

    @Test
    void aJournalWithLinksOfBothFormsVerifiesAndSaysWhatTheFirstFormLeavesOut() throws Exception {
        SaleRecord first = sale(250);
        SaleRecord second = sale(300);
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            ShiftDesk desk = new ShiftDesk(journal, TillFixture.CLOCK, "EUR");
            desk.open(null, 100_00);
            journal.recordSale(first, "eva-hmac", 12,
                    new ReceiptFacts(null, "Front", null, "Eva", 0, 262L).toJson());
            journal.refunds().record(new RefundRecord(UUID.randomUUID(), first.saleId(), Instant.now(),
                    List.of(new RefundRecord.Line(1, 1)), null));
            desk.close(null, 97_50);
            desk.open(null, 97_50);
            journal.recordSale(second, null, 0);
        }
        // what a till of journal version 8 left: links of the first form only, the second shift open
        JournalDowngrade.toVersion(dir.resolve("journal.db"), 8);

        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            ChainReport upgraded = journal.verifyChain();
            assertThat(upgraded.breaks()).isEmpty();
            // a sale, a refund, a Z report, a sale; then the open shift's opening, linked at the upgrade
            assertThat(upgraded.links()).isEqualTo(5);
            assertThat(upgraded.lastZ()).isNull();
            assertThat(upgraded.notes()).contains("4 link(s) written before journal version 10 cover the entry's"
                    + " payload only, not its receipt number, points, receipt facts or opening cash");

            journal.recordSale(sale(350), null, 0);
            ShiftRecord z = new ShiftDesk(journal, TillFixture.CLOCK, "EUR").close(null, 100_50);

            ChainReport report = journal.verifyChain(z.chain().hash());
            assertThat(report.breaks()).isEmpty();
            assertThat(report.links()).isEqualTo(7);
            assertThat(z.chain()).isEqualTo(new ShiftRecord.ChainHead(report.lastHash(), 7, 3));
            assertThat(report.lastZ()).isEqualTo(z.chain());
        }
        assertThat(versions()).isEqualTo("1:4 2:3");

        // the first form covers the payload alone: an old receipt's facts edited pass, as the note says
        sql("UPDATE sale SET receipt_facts = replace(receipt_facts, '262', '2620') WHERE seq = 1");
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            assertThat(journal.verifyChain().breaks()).isEmpty();
        }
        // but old receipts swapped still show, by their order in the chain
        sql("UPDATE sale SET seq = 9 WHERE seq = 1");
        sql("UPDATE sale SET seq = 1 WHERE seq = 2");
        sql("UPDATE sale SET seq = 2 WHERE seq = 9");
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            assertThat(journal.verifyChain().breaks()).containsExactly("link 4 (sale " + second.saleId()
                    + "): numbered 1 after 2 in the chain (entries renumbered or reordered)");
        }
    }

    private String versions() throws Exception {
        StringBuilder found = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, COUNT(*) FROM chain GROUP BY version ORDER BY 1")) {
            while (rs.next()) {
                found.append(found.length() == 0 ? "" : " ").append(rs.getInt(1)).append(':').append(rs.getInt(2));
            }
        }
        return found.toString();
    }

    @Test
    void aJournalOfANewerTillIsNotOpenedByAnOlderOne() throws Exception {
        TillFixture.pairedJournal(dir).close();
        sql("PRAGMA user_version = 99");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Journal.open(dir.resolve("journal.db")))
                .isInstanceOf(JournalException.class).rootCause()
                .hasMessageContaining("written by a newer till (journal version 99");
    }
}
