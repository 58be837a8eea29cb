package dev.regulars.pos.ui.shift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.pos.TillContext;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.receipt.PrinterProfile;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.shift.ShiftDesk;
import dev.regulars.pos.ui.TillTexts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drawer's cash as typed at the shift's open: no thousands separator misread, no absurd amount. */
class ShiftAmountsTest {

    @TempDir
    Path dir;

    @Test
    void openingCashIsRefusedWithAThousandsSeparatorOrAboveTheCap() {
        try (Journal journal = TillFixture.pairedJournal(dir)) {
            TillContext till = TillFixture.context(journal);
            ReceiptOutput output = new ReceiptOutput(null, PrinterProfile.PAPER_80, null);
            TillTexts words = TillTexts.of(till);
            ShiftViewModel model = new ShiftViewModel(new ShiftDesk(journal, till.clock(), "EUR"), journal,
                    new DrawerDesk(journal, output, till.clock(), null, words, Runnable::run, Runnable::run),
                    till.checkout(), null, output, words, Runnable::run, Runnable::run);

            model.openingCashProperty().set("1,000");
            assertThat(model.openShift()).isFalse();
            assertThat(model.messageProperty().get())
                    .isEqualTo("\"1,000\": type amounts without thousands separators, such as 1000 or 1000.50");

            model.openingCashProperty().set("25000");
            assertThat(model.openShift()).isFalse();
            assertThat(model.messageProperty().get())
                    .isEqualTo("€25,000.00 is more than this can be (at most €10,000.00)");

            model.openingCashProperty().set("150.00");
            assertThat(model.openShift()).isTrue();
            assertThat(model.messageProperty().get()).isEmpty();
        }
    }
}
