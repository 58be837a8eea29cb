package dev.regulars.pos.sync;

import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.PairingResponse;
import dev.regulars.core.sync.RefundOutcome;
import dev.regulars.core.sync.RefundRecord;
import dev.regulars.core.sync.RefundsBatchResult;
import dev.regulars.core.sync.SaleOutcome;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.core.sync.SalesBatchResult;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.TillIdentity;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves data between the journal and the server: pushes unsynced sales in batches, then pulls changes until the
 * server has no more, then fetches the catalog's pictures it lacks. Safe to run again at any moment: the server applies each sale id once, and a sale leaves
 * the queue only when the server's answer is stored.
 */
public class TillSync {

    public static final int BATCH = 100;
    /** Pictures fetched in one sync round at most; the rest come with the next rounds. */
    public static final int IMAGES_PER_ROUND = 50;
    private static final Logger LOG = Logger.getLogger(TillSync.class.getName());
    private static final int MAX_ROUNDS = 1_000;

    private final Journal journal;
    private final Function<TillIdentity, SyncClient> clients;

    public TillSync(Journal journal) {
        this(journal, id -> SyncClient.paired(id.serverUrl(), id.token()));
    }

    TillSync(Journal journal, Function<TillIdentity, SyncClient> clients) {
        this.journal = journal;
        this.clients = clients;
    }

    /** Pairs this till with the server and takes the first full download of what it needs to sell. */
    public TillIdentity pair(String serverUrl, String code, String terminalName) throws SyncException {
        PairingResponse paired = SyncClient.unpaired(serverUrl).pair(code, terminalName);
        TillIdentity identity = new TillIdentity(serverUrl, paired.terminalId(), paired.token(),
                paired.businessName(), paired.storeName(), paired.currency(), paired.phoneRegion(), paired.zoneId(),
                paired.phoneHashKey());
        journal.saveIdentity(identity);
        journal.saveTerminalName(terminalName);
        syncOnce();
        return identity;
    }

    /** Refunds go after the sales they refund; a deferred one waits for the next round. */
    private void pushRefunds(SyncClient client) throws SyncException {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<RefundRecord> refunds = journal.refunds().unsynced(BATCH);
            if (refunds.isEmpty()) {
                return;
            }
            RefundsBatchResult result = client.pushRefunds(refunds);
            journal.refunds().recordOutcomes(result.outcomes());
            if (result.outcomes().stream().allMatch(o -> o.status() == RefundOutcome.Status.DEFERRED)) {
                return;
            }
        }
    }

    /** Closed shifts with their Z reports, after the sales they count. */
    private void pushShifts(SyncClient client) throws SyncException {
        List<dev.regulars.core.sync.ShiftRecord> shifts = journal.shifts().unsynced(BATCH);
        if (!shifts.isEmpty()) {
            journal.shifts().recordOutcomes(client.pushShifts(shifts).outcomes());
        }
    }

    /** One full round. Throws when the server cannot be reached; nothing in the journal is lost by that. */
    public synchronized SyncReport syncOnce() throws SyncException {
        Optional<TillIdentity> identity = journal.identity();
        if (identity.isEmpty()) {
            return SyncReport.NOTHING;
        }
        SyncClient client = clients.apply(identity.get());
        int sent = 0;
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        List<SaleRecord> batch = journal.unsyncedSales(BATCH);
        int rounds = 0;
        while (!batch.isEmpty() && rounds++ < MAX_ROUNDS) {
            SalesBatchResult result = client.pushSales(batch);
            journal.recordOutcomes(result.outcomes());
            sent += batch.size();
            for (SaleOutcome outcome : result.outcomes()) {
                switch (outcome.status()) {
                    case ACCEPTED -> accepted++;
                    case DUPLICATE -> duplicates++;
                    case REJECTED -> rejected++;
                }
            }
            batch = journal.unsyncedSales(BATCH);
        }
        pushRefunds(client);
        pushShifts(client);
        int customers = 0;
        ChangesPage page;
        rounds = 0;
        do {
            page = client.changesSince(journal.cursor());
            journal.applyChanges(page);
            customers += page.customers().size();
        } while (page.hasMore() && rounds++ < MAX_ROUNDS);
        fetchImages(client);
        return new SyncReport(sent, accepted, duplicates, rejected, customers);
    }

    /**
     * Fetches pictures the catalog shows that the journal lacks, at most {@link #IMAGES_PER_ROUND} a round. Not a
     * part of the sync's success: a picture that cannot be fetched now is tried again at the next sync, and the
     * grid shows the item without it meanwhile.
     *
     * @return how many were fetched
     */
    int fetchImages(SyncClient client) {
        int fetched = 0;
        for (String sha256 : journal.missingImages(IMAGES_PER_ROUND)) {
            try {
                journal.saveImage(sha256, client.catalogImage(sha256));
                fetched++;
            } catch (SyncException e) {
                LOG.log(Level.INFO, "picture {0} not fetched now: {1}", new Object[] {sha256, e.getMessage()});
                if (e.status() == 0 || e.status() >= 500) {
                    break; // the server is away: the others too, until the next sync
                }
            } catch (RuntimeException e) { // bytes that are not the picture named
                LOG.log(Level.WARNING, "picture " + sha256 + " not kept", e);
            }
        }
        return fetched;
    }
}
