package dev.regulars.pos.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.phone.PhoneHmac;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.CustomerCacheRow;
import dev.regulars.core.sync.CustomerIdentification;
import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleOutcome;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.pos.TillFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private final String evaHash = PhoneHmac.fromBase64(TillFixture.PHONE_KEY)
            .of(PhoneNumbers.normalize("06 1234 5678", "NL"));

    private static SaleRecord evaSale(long redeemed, long earned) {
        long subtotal = 760;
        long due = subtotal - redeemed;
        return new SaleRecord(UUID.randomUUID(), Instant.parse("2026-11-23T09:00:00Z"), 1, "EUR",
                List.of(new SaleLineRecord("FLAT-WHITE", "Flat white", 2, 380)),
                List.of(new PaymentRecord(PaymentRecord.PaymentMethod.CASH, due, due)),
                new CustomerIdentification("+31612345678", TillFixture.EVA), null, redeemed,
                new SaleRecord.TillFigures(subtotal, 0, redeemed, due, earned));
    }

    @Test
    void aRecordedSaleIsThereAfterReopening() {
        SaleRecord sale = evaSale(0, 38);
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            journal.recordSale(sale, evaHash, 38);
        }
        try (Journal reopened = Journal.open(dir.resolve("journal.db"))) {
            assertThat(reopened.unsyncedSales(10)).containsExactly(sale);
            assertThat(reopened.identity()).isPresent();
            assertThat(reopened.catalog()).hasSize(2);
        }
    }

    @Test
    void theBalanceShownCountsSalesTheServerHasNotSeenYet() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            journal.recordSale(evaSale(0, 38), evaHash, 38);
            journal.recordSale(evaSale(100, 33), evaHash, 33);

            assertThat(journal.customers().byPhoneHmac(evaHash)).get()
                    .extracting(CachedCustomer::balance).isEqualTo(250L + 38 - 100 + 33);
        }
    }

    @Test
    void settledSalesLeaveTheQueueAndTheServerBalanceWins() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            SaleRecord first = evaSale(0, 38);
            SaleRecord second = evaSale(0, 38);
            journal.recordSale(first, evaHash, 38);
            journal.recordSale(second, evaHash, 38);

            journal.recordOutcomes(List.of(new SaleOutcome(first.saleId(), SaleOutcome.Status.ACCEPTED, null,
                    TillFixture.EVA, 38, 0, 288L)));

            assertThat(journal.unsyncedSales(10)).containsExactly(second);
            assertThat(journal.unsettledCount()).isEqualTo(1);
            assertThat(journal.customers().byPhoneHmac(evaHash).orElseThrow().balance()).isEqualTo(288 + 38);
            assertThat(journal.outcomeOf(first.saleId())).get()
                    .extracting(SaleOutcome::status).isEqualTo(SaleOutcome.Status.ACCEPTED);
        }
    }

    @Test
    void aRejectedSaleIsHeldAndNotResentOnItsOwn() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            SaleRecord sale = evaSale(0, 38);
            journal.recordSale(sale, evaHash, 38);

            journal.recordOutcomes(List.of(SaleOutcome.rejected(sale.saleId(), "rules version 1 is not known")));

            assertThat(journal.unsyncedSales(10)).isEmpty();
            assertThat(journal.rejectedCount()).isEqualTo(1);
            assertThat(journal.unsettledCount()).isEqualTo(1);
            assertThat(journal.outcomeOf(sale.saleId()).orElseThrow().message())
                    .isEqualTo("rules version 1 is not known");
        }
    }

    @Test
    void theCursorAndRulesMoveWithTheChanges() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            assertThat(journal.cursor()).isEqualTo(10);
            assertThat(journal.rules()).contains(TillFixture.RULES);
            assertThat(journal.cashiers()).extracting(c -> c.name()).containsExactly("Anna");
        }
    }

    @Test
    void aPageLargerThanOneTransactionIsAppliedWholeWithItsCursorAndRules() {
        List<CustomerCacheRow> rows = new ArrayList<>();
        for (int i = 0; i < 2 * Journal.CUSTOMERS_PER_TRANSACTION + 1; i++) {
            rows.add(new CustomerCacheRow(UUID.randomUUID(), "hash-" + i, "Guest", i, "Member", false,
                    List.of(String.format("%08d", i))));
        }
        ProgramRules newer = ProgramRules.basic(2, BasisPoints.percent(7), BasisPoints.percent(30), 1);
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            assertThat(journal.rules()).contains(TillFixture.RULES);
            journal.applyChanges(new ChangesPage(77, false, newer, rows, List.of(), List.of()));

            assertThat(journal.cursor()).isEqualTo(77);
            assertThat(journal.rules()).contains(newer);
            assertThat(journal.customers().byPhoneHmac("hash-0")).isPresent();
            assertThat(journal.customers().byPhoneHmac("hash-" + 2 * Journal.CUSTOMERS_PER_TRANSACTION))
                    .map(CachedCustomer::balance).contains((long) 2 * Journal.CUSTOMERS_PER_TRANSACTION);
            assertThat(journal.customers().byCard("00000500")).map(CachedCustomer::phoneHmac).contains("hash-500");
        }
        try (Journal reopened = Journal.open(dir.resolve("journal.db"))) {
            assertThat(reopened.rules()).contains(newer);
            assertThat(reopened.cursor()).isEqualTo(77);
        }
    }

    @Test
    void aCardFollowsTheCustomerThePageNamesLastAndACustomerListedTwiceKeepsItsLastCards() {
        UUID noor = UUID.randomUUID();
        UUID sem = UUID.randomUUID();
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            journal.applyChanges(new ChangesPage(20, false, null, List.of(
                    new CustomerCacheRow(noor, "noor", "Noor", 0, "Member", false, List.of("11111111", "22222222"))),
                    List.of(), List.of()));
            // the card 22222222 moves to Sem, and Noor is listed twice: her last row has no 11111111 any more
            journal.applyChanges(new ChangesPage(21, false, null, List.of(
                    new CustomerCacheRow(noor, "noor", "Noor", 5, "Member", false, List.of("11111111")),
                    new CustomerCacheRow(sem, "sem", "Sem", 0, "Member", false, List.of("22222222")),
                    new CustomerCacheRow(noor, "noor-2", "Noor", 5, "Member", false, List.of("33333333"))),
                    List.of(), List.of()));

            assertThat(journal.customers().byCard("22222222")).map(CachedCustomer::phoneHmac).contains("sem");
            assertThat(journal.customers().byCard("11111111")).isEmpty();
            assertThat(journal.customers().byCard("33333333")).map(CachedCustomer::customerId).contains(noor);
        }
    }

    @Test
    void sqlitesOwnCheckpointIsOffFromAPageWithMoreToComeUntilTheLastPage() throws Exception {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            journal.applyChanges(new ChangesPage(30, true, null, List.of(), List.of(), List.of()));
            assertThat(autocheckpoint(journal)).isZero();
            journal.applyChanges(new ChangesPage(31, false, null, List.of(), List.of(), List.of()));
            assertThat(autocheckpoint(journal)).isEqualTo(JournalDb.WAL_AUTOCHECKPOINT_PAGES);
        }
    }

    private static int autocheckpoint(Journal journal) throws java.sql.SQLException {
        try (var st = journal.db().connection.createStatement();
             var rs = st.executeQuery("PRAGMA wal_autocheckpoint")) {
            return rs.getInt(1);
        }
    }

    @Test
    void aLookupReadsWhatIsCommittedWhileAWriterHoldsTheJournal() throws Exception {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Thread writer = new Thread(() -> journal.db().withLockDo(() -> journal.db().inTransaction(() -> {
                journal.customers().apply(List.of(new CustomerCacheRow(UUID.randomUUID(), "new-hash", "Noor", 0,
                        "Member", false, List.of())));
                writing.countDown();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            })));
            writer.start();
            writing.await();
            try {
                // a lookup that waited for the writer would never return: the writer waits for it
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                    assertThat(journal.customers().byPhoneHmac(evaHash)).isPresent();
                    assertThat(journal.customers().byPhoneHmac("new-hash")).isEmpty();
                });
            } finally {
                done.countDown();
                writer.join();
            }
            assertThat(journal.customers().byPhoneHmac("new-hash")).isPresent();
        }
    }
}
