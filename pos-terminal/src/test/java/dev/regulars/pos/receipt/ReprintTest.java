package dev.regulars.pos.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.pricing.Modifier;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.CheckDraft;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sale.CustomerLookup;
import dev.regulars.pos.sale.Tender;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sale's receipt comes back from the journal exactly as printed, marked as a copy. */
class ReprintTest {

    @TempDir
    Path dir;

    @Test
    void theReprintIsTheReceiptThatWasPrintedMarkedAsACopy() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            TillContext till = TillFixture.context(journal);
            CustomerLookup lookup = till.customerLookup();
            var phone = lookup.normalize("+31 6 1234 5678");
            CustomerAtTill eva = new CustomerAtTill.Known(phone, lookup.hashOf(phone), lookup.find(phone).orElseThrow());
            CashierRecord anna = journal.cashiers().get(0);
            List<CheckLine> lines = List.of(new CheckLine("FLAT-WHITE", "Flat white", 2, 380,
                    List.of(new Modifier("Milk", "Oat", 40)), BasisPoints.percent(9), null));

            CompletedSale sale = till.checkout().pay(UUID.randomUUID(),
                    new CheckDraft(lines, eva, 100, Discount.fixed(20)), List.of(Tender.cash(720, 1000)), anna);
            Receipt printed = Receipts.ofSale(sale);

            assertThat(printed.number()).isEqualTo("000001");
            assertThat(printed.cashierName()).isEqualTo("Anna");
            // 840 - 20 = 820; 100 points -> 720 paid; 5 % = 36; 250 - 100 + 36 = 186
            assertThat(printed.totals().totalMinor()).isEqualTo(720);
            assertThat(printed.loyalty().balanceAfter()).isEqualTo(186L);
            assertThat(sale.record().cashierId()).isEqualTo(anna.cashierId());

            Receipt reprint = Receipts.reprint(journal.saleNumbered(1).orElseThrow(), null);

            assertThat(reprint).isEqualTo(printed.asCopy());
            assertThat(EscPosReceipt.render(reprint, PrinterProfile.PAPER_80, false))
                    .isNotEqualTo(EscPosReceipt.render(printed, PrinterProfile.PAPER_80, false));
        }
    }
}
