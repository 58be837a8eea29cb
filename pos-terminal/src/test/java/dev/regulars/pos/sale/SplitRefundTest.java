package dev.regulars.pos.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import dev.regulars.core.sync.RefundRecord;
import dev.regulars.core.sync.RefundRecord.PaidBack;
import dev.regulars.core.sync.WireJson;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.receipt.PrinterProfile;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.shift.ShiftTotals;
import dev.regulars.pos.ui.TillTexts;
import dev.regulars.pos.ui.refund.RefundViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sale paid part cash, part card is paid back the same way, and the screen says so before the refund. */
class SplitRefundTest {

    @TempDir
    Path dir;

    @Test
    void moneyGoesBackInProportionToWhatEachMethodPaidAndNeverMoreThanItPaid() {
        List<PaymentRecord> paid = List.of(new PaymentRecord(PaymentMethod.CASH, 500, 500),
                new PaymentRecord(PaymentMethod.CARD, 700, 700));
        assertThat(RefundSplit.of(paid, List.of(), 1200, PaymentMethod.CASH))
                .containsExactly(new PaidBack(PaymentMethod.CARD, 700), new PaidBack(PaymentMethod.CASH, 500));
        // 5/12 of 100 = 41.67: 41 cash, the rounding's cent to the card, which paid more
        assertThat(RefundSplit.of(paid, List.of(), 100, PaymentMethod.CASH))
                .containsExactly(new PaidBack(PaymentMethod.CARD, 59), new PaidBack(PaymentMethod.CASH, 41));
        // the card took 690 back before: now at most 10 more goes to it, the rest is cash
        RefundRecord earlier = new RefundRecord(UUID.randomUUID(), UUID.randomUUID(), TillFixture.CLOCK.instant(),
                List.of(), new RefundRecord.RefundFigures(690, 0, 0), PaymentMethod.CARD, null, null,
                List.of(new PaidBack(PaymentMethod.CARD, 690)));
        assertThat(RefundSplit.of(paid, List.of(earlier), 510, PaymentMethod.CASH))
                .containsExactly(new PaidBack(PaymentMethod.CASH, 500), new PaidBack(PaymentMethod.CARD, 10));
        assertThat(RefundSplit.of(List.of(), List.of(), 300, PaymentMethod.CARD))
                .containsExactly(new PaidBack(PaymentMethod.CARD, 300));
    }

    @Test
    void theRefundScreenShowsTheMoneyBackByMethodAndTheRecordKeepsIt() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            TillContext till = TillFixture.context(journal);
            CompletedSale sale = till.checkout().pay(UUID.randomUUID(), new CheckDraft(List.of(
                    new CheckLine("FLAT-WHITE", "Flat white", 2, 380),
                    new CheckLine("CROISSANT", "Croissant", 4, 110)), new CustomerAtTill.Anonymous(), 0,
                    Discount.NONE), List.of(Tender.cash(500, 500), Tender.card(700)), null);
            RefundViewModel screen = new RefundViewModel(new RefundDesk(journal, TillFixture.CLOCK), journal,
                    till.checkout(), null, new ReceiptOutput(null, PrinterProfile.PAPER_80, null),
                    TillTexts.of(till), Runnable::run, Runnable::run);
            screen.lookupProperty().set("1");
            screen.find();
            screen.everything();
            assertThat(screen.paidBackProperty().get()).isEqualTo("Back: Card €7.00 + Cash €5.00");

            screen.managerPinProperty().set("9999");
            assertThat(screen.refund()).isTrue();
            assertThat(screen.messageProperty().get()).isEqualTo("Refunded €12.00 (Card €7.00 + Cash €5.00)");
            RefundRecord stored = journal.refunds().ofSale(sale.record().saleId()).get(0);
            assertThat(stored.moneyBackBy()).containsExactly(new PaidBack(PaymentMethod.CARD, 700),
                    new PaidBack(PaymentMethod.CASH, 500));
            assertThat(stored.paidBackBy()).isEqualTo(PaymentMethod.CARD);
            var figures = ShiftTotals.of(journal.salesAfter(0), List.of(stored), 0, java.util.Map.of());
            assertThat(figures.refundedCashMinor()).isEqualTo(500);
            assertThat(figures.refundedCardMinor()).isEqualTo(700);
        }
    }

    @Test
    void aRefundRecordOfAnOlderTillStillReadsAndHashesAsBefore() throws Exception {
        String older = "{\"refundId\":\"" + UUID.randomUUID() + "\",\"saleId\":\"" + UUID.randomUUID()
                + "\",\"refundedAt\":\"2026-11-23T09:30:00Z\",\"lines\":[{\"lineNo\":1,\"quantity\":1}],"
                + "\"tillFigures\":{\"moneyBackMinor\":380,\"pointsEarnedTakenBack\":0,"
                + "\"pointsRedeemedReturned\":0},\"paidBackBy\":\"CARD\",\"cashierId\":null,\"approvedBy\":null}";
        RefundRecord read = WireJson.mapper().readValue(older, RefundRecord.class);
        assertThat(read.paidBack()).isNull();
        assertThat(read.moneyBackBy()).containsExactly(new PaidBack(PaymentMethod.CARD, 380));
        assertThat(WireJson.mapper().writeValueAsString(read)).isEqualTo(older);
    }
}
