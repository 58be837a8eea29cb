package dev.regulars.pos.ui.refund;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.rules.Discount;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.receipt.PrinterProfile;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.sale.CheckDraft;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sale.RefundDesk;
import dev.regulars.pos.sale.Tender;
import dev.regulars.pos.ui.TillTexts;
import dev.regulars.pos.ui.keypad.PadTaps;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refund screen's model on a touch till: the receipt number and the manager's PIN typed on the pad. */
class RefundViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theReceiptNumberOnThePadFindsTheSaleAndTheManagersPinOnThePadRefundsIt() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            TillContext till = TillFixture.context(journal);
            for (int i = 0; i < 12; i++) {
                till.checkout().pay(UUID.randomUUID(), new CheckDraft(List.of(
                        new CheckLine("CROISSANT", "Croissant", 1 + i, 290)), new CustomerAtTill.Anonymous(), 0,
                        Discount.NONE), List.of(Tender.cash(290L * (1 + i), 290L * (1 + i))), null);
            }
            RefundViewModel screen = new RefundViewModel(new RefundDesk(journal, TillFixture.CLOCK), journal,
                    till.checkout(), null, new ReceiptOutput(null, PrinterProfile.PAPER_80, null),
                    TillTexts.of(till), Runnable::run, Runnable::run);

            screen.keypad().open(screen.lookupPad());
            PadTaps.press(screen.keypad(), "1", "2", "3", "⌫", "OK");
            assertThat(screen.keypad().openProperty().get()).as("Enter closes the pad").isNull();
            assertThat(screen.saleProperty().get().number()).isEqualTo(12);
            screen.everything();
            assertThat(screen.paidBackProperty().get()).isEqualTo("Back: Cash €34.80");

            screen.keypad().open(screen.managerPinPad());
            PadTaps.press(screen.keypad(), "9", "9", "9", "1", "⌫", "9");
            assertThat(screen.managerPinProperty().get()).isEqualTo("9999");
            PadTaps.press(screen.keypad(), "OK");
            assertThat(journal.refunds().ofSale(screen.saleProperty().get().record().saleId())).isEmpty();
            assertThat(screen.refund()).isTrue();
            assertThat(screen.messageProperty().get()).startsWith("Refunded €34.80");
        }
    }
}
