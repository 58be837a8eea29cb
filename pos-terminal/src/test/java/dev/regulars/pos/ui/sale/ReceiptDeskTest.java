package dev.regulars.pos.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.receipt.PrinterProfile;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sale.RefundDesk;
import dev.regulars.pos.ui.TillTexts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Reprint last" reads the till's last receipt from the journal: after a logout, a restart or a refund too. */
class ReceiptDeskTest {

    @TempDir
    Path dir;

    @Test
    void theLastReceiptComesFromTheJournalAfterALogoutOrARestartAndMayBeARefund() throws Exception {
        Path lp = Files.createFile(dir.resolve("lp0"));
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            ReceiptDesk beforeAnySale = desk(journal, lp);
            assertThat(beforeAnySale.reprintableProperty().get()).isFalse();
            beforeAnySale.reprintLast();
            assertThat(Files.size(lp)).isZero();

            TillContext till = TillFixture.context(journal);
            till.checkout().payCash(List.of(new CheckLine("CROISSANT", "Croissant", 2, 290)),
                    new CustomerAtTill.Anonymous(), 0, 1000);
        }
        // the till restarts (a new journal connection) and the next cashier logs in (a new sale screen)
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            ReceiptDesk afterLogin = desk(journal, lp);
            assertThat(afterLogin.reprintableProperty().get()).isTrue();
            afterLogin.reprintLast();
            assertThat(printed(lp)).contains("COPY", "Receipt 000001", "Croissant").doesNotContain("REFUND");
            assertThat(afterLogin.statusProperty().get()).isEqualTo("Receipt 000001 printed");

            new RefundDesk(journal, TillFixture.CLOCK).refund(journal.saleNumbered(1).orElseThrow(), Map.of(1, 1),
                    PaymentMethod.CASH, null, null);
            Files.write(lp, new byte[0]);
            desk(journal, lp).reprintLast();
            assertThat(printed(lp)).contains("COPY", "REFUND", "000001-R1");
        }
    }

    private static ReceiptDesk desk(Journal journal, Path lp) {
        TillContext till = TillFixture.context(journal);
        return new ReceiptDesk(new ReceiptOutput(ReceiptOutput.printerAt(lp.toString()), PrinterProfile.PAPER_80,
                null), till.checkout(), journal, TillTexts.of(till), Runnable::run, Runnable::run);
    }

    private static String printed(Path lp) throws Exception {
        return new String(Files.readAllBytes(lp), StandardCharsets.ISO_8859_1);
    }
}
