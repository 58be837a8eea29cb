package dev.regulars.pos.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.core.feedback.ReceiptToken;
import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import dev.regulars.core.sync.RefundRecord;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.JournalledSale;
import dev.regulars.pos.receipt.Receipt;
import dev.regulars.pos.receipt.ReceiptFacts;
import dev.regulars.pos.receipt.ReceiptLayout;
import dev.regulars.pos.receipt.ReceiptRow;
import dev.regulars.pos.receipt.ReceiptStore;
import dev.regulars.pos.receipt.Receipts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refunds found by the receipt's QR or number, worked out by loyalty-core, journalled before money moves. */
class RefundDeskTest {

    @TempDir
    Path dir;

    @Test
    void partOfASaleGoesBackThenTheRestAndNoMore() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            TillContext till = TillFixture.context(journal);
            var lookup = till.customerLookup();
            var phone = lookup.normalize("06 1234 5678");
            var eva = new CustomerAtTill.Known(phone, lookup.hashOf(phone), lookup.find(phone).orElseThrow());
            // 2 flat whites (760) and a croissant (290): 1050, 50 off the check -> 1000, 5 % = 50 points
            CompletedSale sale = till.checkout().pay(UUID.randomUUID(), new CheckDraft(List.of(
                    new CheckLine("FLAT-WHITE", "Flat white", 2, 380),
                    new CheckLine("CROISSANT", "Croissant", 1, 290)), eva, 0, Discount.fixed(50)),
                    List.of(Tender.card(1000)), null);
            RefundDesk refunds = new RefundDesk(journal, TillFixture.CLOCK);
            String qr = "https://regulars.example/r/" + ReceiptToken.of(sale.record().saleId());

            JournalledSale found = refunds.find(qr).orElseThrow();
            assertThat(refunds.find("1")).contains(found);
            assertThat(refunds.find("000001")).contains(found);
            assertThat(refunds.find(sale.record().saleId().toString())).contains(found);
            assertThat(refunds.find("nonsense")).isEmpty();

            // one flat white: 380 of 1050 -> 361.9 -> 362 back; 50 points * 380/1050 = 18.1 -> 18 taken back
            RefundRecord one = refunds.refund(found, Map.of(1, 1), PaymentMethod.CARD, null, null);
            assertThat(one.tillFigures()).isEqualTo(new RefundRecord.RefundFigures(362, 18, 0));
            assertThat(refunds.refundable(found)).extracting(RefundDesk.RefundableLine::left).containsExactly(1, 1);
            assertThatThrownBy(() -> refunds.refund(found, Map.of(1, 2), PaymentMethod.CARD, null, null))
                    .hasMessage("Flat white: 2 to refund but only 1 left");
            assertThatThrownBy(() -> refunds.refund(found, Map.of(), PaymentMethod.CARD, null, null))
                    .hasMessage("Choose what goes back");

            RefundRecord rest = refunds.refund(found, refunds.everything(found), PaymentMethod.CARD, null, null);
            assertThat(one.tillFigures().moneyBackMinor() + rest.tillFigures().moneyBackMinor()).isEqualTo(1000);
            assertThat(one.tillFigures().pointsEarnedTakenBack() + rest.tillFigures().pointsEarnedTakenBack())
                    .isEqualTo(50);
            assertThat(journal.refunds().ofSale(sale.record().saleId())).containsExactly(one, rest);
            assertThat(journal.verifyChain().intact()).isTrue();

            Receipt slip = Receipts.ofRefund(found, rest, 2, new ReceiptFacts(ReceiptStore.of(TillFixture.STORE),
                    "Front", "Anna", "Eva", 0, null));
            List<String> texts = ReceiptLayout.rows(slip).stream().filter(r -> r instanceof ReceiptRow.Text)
                    .map(r -> ((ReceiptRow.Text) r).left() + (((ReceiptRow.Text) r).right() == null ? ""
                            : " | " + ((ReceiptRow.Text) r).right())).toList();
            // the rest: a flat white (380) and the croissant (290) = 670, of which 638 goes back
            assertThat(texts).contains("REFUND", "Receipt 000001-R2 | 23 Nov 2026 10:30", "Flat white | 3.80",
                    "Croissant | 2.90", "Subtotal | 6.70", "Less the sale's discounts | -0.32",
                    "REFUNDED EUR | 6.38", "Card | 6.38", "Points taken back | -32");
        }
    }
}
