package dev.regulars.pos.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import dev.regulars.core.sync.ShiftRecord;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.receipt.EscPosReceipt;
import dev.regulars.pos.receipt.PrinterProfile;
import dev.regulars.pos.receipt.ReceiptRow;
import dev.regulars.pos.receipt.ReceiptStore;
import dev.regulars.pos.receipt.ShiftReportLayout;
import dev.regulars.pos.sale.CheckDraft;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sale.RefundDesk;
import dev.regulars.pos.sale.Tender;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shift worked out by hand: its sales, a refund, the X report and the Z report with the cash count. */
class ShiftDeskTest {

    @TempDir
    Path dir;

    @Test
    void theZReportAddsUpTheShiftAndTheDrawer() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            TillContext till = TillFixture.context(journal);
            CashierRecord anna = named(journal, "Anna");
            CashierRecord maria = named(journal, "Maria");
            ShiftDesk shifts = new ShiftDesk(journal, TillFixture.CLOCK, "EUR");
            // a sale before the shift opened belongs to no shift of this report
            till.checkout().payCash(List.of(new CheckLine("CROISSANT", "Croissant", 1, 290)),
                    new CustomerAtTill.Anonymous(), 0, 290);
            shifts.open(anna, 100_00);
            assertThatThrownBy(() -> shifts.open(anna, 0)).isInstanceOf(IllegalStateException.class);

            // 1: two flat whites for Eva, 100 points, 1.00 off the check, paid 5.60 in cash from a 10 note
            var lookup = till.customerLookup();
            var phone = lookup.normalize("06 1234 5678");
            var eva = new CustomerAtTill.Known(phone, lookup.hashOf(phone), lookup.find(phone).orElseThrow());
            List<CheckLine> flatWhites = List.of(new CheckLine("FLAT-WHITE", "Flat white", 2, 380));
            till.checkout().pay(UUID.randomUUID(), new CheckDraft(flatWhites, eva, 100, Discount.fixed(100)),
                    List.of(Tender.cash(560, 1000)), anna);
            // 2: a croissant by card, nobody identified
            var croissant = till.checkout().pay(UUID.randomUUID(), new CheckDraft(
                    List.of(new CheckLine("CROISSANT", "Croissant", 1, 290)), new CustomerAtTill.Anonymous(), 0,
                    null), List.of(Tender.card(290)), maria);
            // the croissant goes back, with Maria's PIN, to the card it was paid with (cash was asked for: the
            // sale's payments decide)
            RefundDesk refunds = new RefundDesk(journal, TillFixture.CLOCK);
            refunds.refund(journal.saleNumbered(croissant.receiptNumber()).orElseThrow(),
                    Map.of(1, 1), PaymentMethod.CASH, anna, maria);

            ShiftRecord x = shifts.xReport(anna);
            ShiftRecord.ShiftFigures f = x.report();
            assertThat(f.sales()).isEqualTo(2);
            assertThat(f.refunds()).isEqualTo(1);
            assertThat(f.takingsMinor()).isEqualTo(560 + 290);
            assertThat(f.cashMinor()).isEqualTo(560);
            assertThat(f.cardMinor()).isEqualTo(290);
            assertThat(f.refundedCashMinor()).isZero();
            assertThat(f.refundedCardMinor()).isEqualTo(290);
            assertThat(f.cashierDiscountsMinor()).isEqualTo(100);
            assertThat(f.pointsDiscountMinor()).isEqualTo(100);
            assertThat(f.pointsRedeemed()).isEqualTo(100);
            assertThat(f.pointsEarned()).isEqualTo(28); // 5 % of 5.60
            assertThat(f.expectedCashMinor()).isEqualTo(100_00 + 560);
            assertThat(f.cashiers()).containsExactly(
                    new ShiftRecord.CashierLine(anna.cashierId(), "Anna", 1, 1, 0),
                    new ShiftRecord.CashierLine(maria.cashierId(), "Maria", 1, 0, 0));
            assertThat(journal.shifts().current()).isPresent();

            ShiftRecord z = shifts.close(maria, 105_40);

            assertThat(journal.shifts().current()).isEmpty();
            assertThat(z.countedCashMinor() - z.report().expectedCashMinor()).isEqualTo(-20);
            assertThat(journal.shifts().unsynced(10)).containsExactly(z);
            assertThat(journal.verifyChain().intact()).isTrue();
            // the sale before, the opening, two sales, a refund, the Z report
            assertThat(journal.verifyChain().links()).isEqualTo(6);
            assertThat(z.chain()).isEqualTo(new ShiftRecord.ChainHead(journal.verifyChain().lastHash(), 6, 3));
            assertThat(journal.verifyChain().lastZ()).isEqualTo(z.chain());
            assertThat(journal.shifts().lastClosed()).contains(z);

            ReceiptStore store = ReceiptStore.of(TillFixture.STORE);
            List<ReceiptRow> rows = ShiftReportLayout.rows(z, true, store, "Front");
            String printed = new String(EscPosReceipt.render(rows, store.locale(), PrinterProfile.PAPER_80, false),
                    Charset.forName("IBM00858"));
            assertThat(printed).contains("Z REPORT", "Takings", "8.50", "Cash given back", "-2.90",
                    "Anna: 1 sales, 1 with a customer, 0 enrolled", "Cash expected", "105.60", "Cash counted",
                    "105.40", "Difference", "-0.20", "Journal 6 records, last receipt 3", z.chain().shortHash());
        }
    }

    @Test
    void theReportsVatIsOnTheNetTakingsPerRateAndTheRefundsReceiptCarriesItsVat() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            TillContext till = TillFixture.context(journal);
            CashierRecord anna = named(journal, "Anna");
            ShiftDesk shifts = new ShiftDesk(journal, TillFixture.CLOCK, "EUR");
            shifts.open(anna, 0);
            var nine = new dev.regulars.core.money.BasisPoints(900);
            // 16.98 at 9 %: two lunches (11.80) and a soup (5.18); the lunches go back
            till.checkout().payCash(List.of(
                    new CheckLine("LUNCH", "Lunch", 2, 590, List.of(), nine, Discount.NONE),
                    new CheckLine("SOUP", "Soup", 1, 518, List.of(), nine, Discount.NONE)),
                    new CustomerAtTill.Anonymous(), 0, 2000);
            var sale = journal.saleNumbered(1).orElseThrow();
            var refund = new RefundDesk(journal, TillFixture.CLOCK).refund(sale, Map.of(1, 2), PaymentMethod.CASH,
                    anna, anna);

            // 16.98 holds 1.40 VAT, 11.80 back holds 0.97: 5.18 net with 0.43 (as 5.18 alone would)
            ShiftRecord x = shifts.xReport(anna);
            assertThat(x.report().vat()).containsExactly(new ShiftRecord.VatLine(900, 518, 43));
            ReceiptStore store = ReceiptStore.of(TillFixture.STORE);
            String printed = new String(EscPosReceipt.render(ShiftReportLayout.rows(x, false, store, "Front"),
                    store.locale(), PrinterProfile.PAPER_80, false), Charset.forName("IBM00858"));
            assertThat(printed).containsPattern("\nVAT 9 % of 5\\.18 +0\\.43\n");

            var slip = dev.regulars.pos.receipt.Receipts.ofRefund(sale, refund, 1,
                    new dev.regulars.pos.receipt.ReceiptFacts(store, "Front", "Anna", null, 0, null));
            assertThat(slip.vat()).containsExactly(new dev.regulars.core.pricing.VatAmount(nine, 1180, 97));
            String refundPrinted = new String(EscPosReceipt.render(slip, PrinterProfile.PAPER_80, false),
                    Charset.forName("IBM00858"));
            assertThat(refundPrinted).containsPattern("VAT 9 % of 11\\.80 +0\\.97\n");
        }
    }

    private static CashierRecord named(Journal journal, String name) {
        return journal.cashiers().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
