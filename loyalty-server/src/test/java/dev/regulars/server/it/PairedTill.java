package dev.regulars.server.it;

import dev.regulars.pos.TillContext;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.TillIdentity;
import dev.regulars.pos.sync.SyncException;
import dev.regulars.pos.sync.TillSync;
import java.time.Clock;
import java.util.Locale;

/** A till of the tests: its journal paired with the server through its own sync, wired on one thread. */
record PairedTill(TillSync sync, TillIdentity identity, TillContext context) {

    static PairedTill pair(Journal journal, String serverUrl, String code, String name) throws SyncException {
        TillSync sync = new TillSync(journal);
        TillIdentity identity = sync.pair(serverUrl, code, name);
        return new PairedTill(sync, identity, new TillContext(journal, sync, Clock.systemUTC(), Locale.US,
                Runnable::run, Runnable::run));
    }
}
