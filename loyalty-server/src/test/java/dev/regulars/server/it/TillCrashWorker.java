package dev.regulars.server.it;

import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sale.CompletedSale;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sync.SyncException;
import dev.regulars.pos.sync.TillSync;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * A till process for {@code SyncIT}'s crash test, killed with SIGKILL at moments the test chooses: it rings up sales
 * through the till's own checkout (every third for the demo regular Sem), prints each sale's id once the journal has
 * it ("SALE id"), and syncs every ten sales, saying when a sync starts ("SYNC") so the test can kill it in the
 * middle of one.
 */
public final class TillCrashWorker {

    private TillCrashWorker() {
    }

    public static void main(String[] args) throws Exception {
        Journal journal = Journal.open(Path.of(args[0]));
        TillSync sync = new TillSync(journal);
        TillContext till = new TillContext(journal, sync, Clock.systemUTC(), Locale.US, Runnable::run, Runnable::run);
        var lookup = till.customerLookup();
        var semPhone = lookup.normalize("+31 6 8765 4321");
        for (int n = 1; ; n++) {
            CustomerAtTill customer = n % 3 == 0
                    ? new CustomerAtTill.Known(semPhone, lookup.hashOf(semPhone), lookup.find(semPhone).orElseThrow())
                    : new CustomerAtTill.Anonymous();
            CompletedSale sale = till.checkout().payCash(TillSales.lines(journal, "ESPRESSO"), customer, 0, 240);
            System.out.println("SALE " + sale.record().saleId());
            System.out.flush();
            if (n % 10 == 0) {
                System.out.println("SYNC");
                System.out.flush();
                try {
                    sync.syncOnce();
                } catch (SyncException e) {
                    System.out.println("OFFLINE " + e.getMessage());
                }
            }
        }
    }
}
