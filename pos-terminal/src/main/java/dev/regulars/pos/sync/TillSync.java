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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    /**
     * Customers a page of changes: the server's largest. A first fill of a million customers is then 200 pages
     * (a page of 1,000 cost the server nearly as much as one of 5,000); the journal writes a page in slices, so a
     * large page does not hold it longer.
     */
    static final int PAGE = 5_000;
    /** The pairing screen's one page: small, so the PIN screen shows at once (its rules, catalog and cashiers are whole). */
    static final int FIRST_PAGE = 1_000;
    /** Asks for the next page of changes while the last one is written; its threads end when idle. */
    private static final ExecutorService PREFETCH = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "till-sync-prefetch");
        thread.setDaemon(true);
        return thread;
    });
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
        TillIdentity identity = register(serverUrl, code, terminalName);
        syncOnce();
        return identity;
    }

    /**
     * Pairs this till and takes only the first page of changes: the program, the catalog and the cashiers (all in
     * the first page) and the first customers, which is enough to log in and sell. The rest of a large business's
     * customers follows in the next sync round (the pairing screen's BackgroundSync starts one at once); until a
     * customer is cached, the till asks the server for them.
     */
    public synchronized TillIdentity pairWithFirstPage(String serverUrl, String code, String terminalName)
            throws SyncException {
        TillIdentity identity = register(serverUrl, code, terminalName);
        pullChanges(clients.apply(identity), FIRST_PAGE, 1);
        return identity;
    }

    private TillIdentity register(String serverUrl, String code, String terminalName) throws SyncException {
        PairingResponse paired = SyncClient.unpaired(serverUrl).pair(code, terminalName);
        TillIdentity identity = new TillIdentity(serverUrl, paired.terminalId(), paired.token(),
                paired.businessName(), paired.storeName(), paired.currency(), paired.phoneRegion(), paired.zoneId(),
                paired.phoneHashKey());
        journal.saveIdentity(identity);
        journal.saveTerminalName(terminalName);
        return identity;
    }

    /**
     * Pulls pages of changes, the first of at most {@code firstPage} customers and the others of {@link #PAGE},
     * until the server has no more or {@code maxPages} were applied; returns the customers applied. While a page
     * goes into the journal the next one is already asked for, so the server and the network work while the till
     * writes (a million customers are two hundred pages).
     */
    private int pullChanges(SyncClient client, int firstPage, int maxPages) throws SyncException {
        int customers = 0;
        ChangesPage page = client.changesSince(journal.cursor(), firstPage);
        for (int pages = 1; ; pages++) {
            long cursor = page.cursor();
            Future<ChangesPage> next = page.hasMore() && pages < maxPages
                    ? PREFETCH.submit(() -> client.changesSince(cursor, PAGE)) : null;
            try {
                journal.applyChanges(page);
            } catch (RuntimeException e) {
                if (next != null) {
                    next.cancel(true);
                }
                throw e;
            }
            customers += page.customers().size();
            if (next == null) {
                return customers;
            }
            page = awaitPage(next);
        }
    }

    private static ChangesPage awaitPage(Future<ChangesPage> next) throws SyncException {
        try {
            return next.get();
        } catch (InterruptedException e) {
            next.cancel(true);
            Thread.currentThread().interrupt();
            throw new SyncException(0, "interrupted while waiting for the server", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SyncException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException bug) {
                throw bug;
            }
            throw new IllegalStateException("asking for changes failed", e.getCause());
        }
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
        int customers = pullChanges(client, PAGE, MAX_ROUNDS + 1);
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
