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
            // the pad's Enter (as a keyboard's Enter in the field) is the Refund button
            PadTaps.press(screen.keypad(), "OK");
            assertThat(journal.refunds().ofSale(screen.saleProperty().get().record().saleId())).hasSize(1);
            assertThat(screen.messageProperty().get()).startsWith("Refunded €34.80");
            assertThat(screen.messageIsErrorProperty().get()).isFalse();
        }
    }

    @Test
    void aPinTypedForOneReceiptIsGoneWhenAnotherIsLookedUp() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            TillContext till = TillFixture.context(journal);
            sellACroissant(till);
            sellACroissant(till);
            RefundViewModel screen = screen(journal, till);
            screen.lookupProperty().set("2");
            screen.find();
            screen.everything();
            screen.managerPinProperty().set("9999");

            screen.lookupProperty().set("1");
            screen.find();
            assertThat(screen.managerPinProperty().get()).isEmpty();
            assertThat(screen.quantity(1)).isZero();
            screen.everything();
            assertThat(screen.refund()).isFalse();
            assertThat(screen.messageProperty().get()).isEqualTo("That is not a manager's PIN");
            assertThat(screen.messageIsErrorProperty().get()).isTrue();
            assertThat(journal.refunds().ofSale(screen.saleProperty().get().record().saleId())).isEmpty();

            // a receipt not found clears it too
            screen.managerPinProperty().set("9999");
            screen.lookupProperty().set("7");
            screen.find();
            assertThat(screen.managerPinProperty().get()).isEmpty();
            assertThat(screen.messageIsErrorProperty().get()).isTrue();
        }
    }

    @Test
    void aLineWithNothingLeftTappedOnIsNothingChosenAndTheScreenSaysOnlyThat() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            TillContext till = TillFixture.context(journal);
            sellACroissant(till);
            RefundViewModel screen = screen(journal, till);
            screen.lookupProperty().set("1");
            screen.find();
            screen.everything();
            screen.managerPinProperty().set("9999");
            assertThat(screen.refund()).isTrue();

            screen.more(1);
            assertThat(screen.refund()).isFalse();
            assertThat(screen.messageProperty().get()).isEqualTo("Choose what goes back");
            assertThat(screen.messageIsErrorProperty().get()).isTrue();
        }
    }

    private static void sellACroissant(TillContext till) {
        till.checkout().pay(UUID.randomUUID(), new CheckDraft(List.of(new CheckLine("CROISSANT", "Croissant", 1, 290)),
                new CustomerAtTill.Anonymous(), 0, Discount.NONE), List.of(Tender.cash(290, 290)), null);
    }

    private static RefundViewModel screen(Journal journal, TillContext till) {
        return new RefundViewModel(new RefundDesk(journal, TillFixture.CLOCK), journal, till.checkout(), null,
                new ReceiptOutput(null, PrinterProfile.PAPER_80, null), TillTexts.of(till), Runnable::run,
                Runnable::run);
    }

    @Test
    void aSplitPaidSaleShowsItsLinesWithPriceAndOptionsAndAsksWhatGoesBackBeforeThePin() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            TillContext till = TillFixture.context(journal);
            var latte = new CheckLine("LATTE", "Latte", 1, 350, List.of(
                    new dev.regulars.core.pricing.Modifier("Size", "Large", 50),
                    new dev.regulars.core.pricing.Modifier("Milk", "Oat milk", 40)),
                    new dev.regulars.core.money.BasisPoints(0), Discount.NONE);
            till.checkout().pay(UUID.randomUUID(), new CheckDraft(List.of(latte), new CustomerAtTill.Anonymous(), 0,
                    Discount.NONE), List.of(Tender.cash(200, 200), Tender.card(240)), null);
            RefundViewModel screen = new RefundViewModel(new RefundDesk(journal, TillFixture.CLOCK), journal,
                    till.checkout(), null, new ReceiptOutput(null, PrinterProfile.PAPER_80, null),
                    TillTexts.of(till), Runnable::run, Runnable::run);
            screen.lookupProperty().set("1");
            screen.find();

            assertThat(screen.lines().stream().map(screen::describe))
                    .containsExactly("Latte, Large, Oat milk · €4.40: 0 of 1 sold, 1 left");
            assertThat(screen.splitPaidProperty().get()).as("no method to choose: it goes back as paid").isTrue();
            assertThat(screen.refund()).isFalse();
            assertThat(screen.messageProperty().get()).isEqualTo("Choose what goes back");

            screen.everything();
            assertThat(screen.paidBackProperty().get()).isEqualTo("Back: Card €2.40 + Cash €2.00");
        }
    }
}
