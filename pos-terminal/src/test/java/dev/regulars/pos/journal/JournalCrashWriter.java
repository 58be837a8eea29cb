package dev.regulars.pos.journal;

import dev.regulars.core.sync.PaymentRecord;
import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Child process of JournalCrashTest: records sales as fast as it can and prints each sale id only after
 * recordSale returned, which is the moment the till would print the receipt. It never stops by itself.
 */
public final class JournalCrashWriter {

    private JournalCrashWriter() {
    }

    public static void main(String[] args) {
        Journal journal = Journal.open(Path.of(args[0]));
        while (true) {
            UUID id = UUID.randomUUID();
            journal.recordSale(new SaleRecord(id, Instant.now(), 1, "EUR",
                    List.of(new SaleLineRecord("ESPRESSO", "Espresso", 1, 240)),
                    List.of(new PaymentRecord(PaymentRecord.PaymentMethod.CASH, 240, 240)),
                    null, null, 0, new SaleRecord.TillFigures(240, 0, 0, 240, 0)), null, 0);
            System.out.println(id);
            System.out.flush();
        }
    }
}
