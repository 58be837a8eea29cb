package dev.regulars.pos.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.phone.PhoneHmac;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.core.sync.CustomerIdentification;
import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleOutcome;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.pos.TillFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
}
