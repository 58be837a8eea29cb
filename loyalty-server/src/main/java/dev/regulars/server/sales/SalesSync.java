package dev.regulars.server.sales;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.regulars.core.sync.SaleOutcome;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.core.sync.SaleRecordCheck;
import dev.regulars.core.sync.SalesBatch;
import dev.regulars.core.sync.SalesBatchResult;
import dev.regulars.core.sync.WireJson;
import dev.regulars.server.platform.ApiException;
import dev.regulars.server.platform.Secrets;
import dev.regulars.server.stores.AuthenticatedTerminal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Takes a till's batch: each sale is checked, then applied once in its own transaction. A sale whose id is already
 * applied answers DUPLICATE with its original figures when the content is the same, and is REJECTED when the same
 * id comes back with other content.
 */
@ApplicationScoped
public class SalesSync {

    private static final Logger LOG = Logger.getLogger(SalesSync.class.getName());

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private SaleIngest ingest;

    public SalesBatchResult apply(AuthenticatedTerminal terminal, SalesBatch batch) {
        if (batch == null || batch.sales() == null) {
            throw ApiException.badRequest("Send {\"sales\": [...]}");
        }
        if (batch.sales().size() > SalesBatch.MAX_SALES) {
            throw new ApiException(Status.REQUEST_ENTITY_TOO_LARGE, "batch_too_large", "A batch holds at most "
                    + SalesBatch.MAX_SALES + " sales; this one has " + batch.sales().size() + ". Send it in parts.");
        }
        List<SaleRecord> sales = batch.sales();
        Map<String, Sale> stored = storedAmong(sales);
        SaleOutcome[] outcomes = new SaleOutcome[sales.size()];
        Set<UUID> seenInBatch = new HashSet<>();
        List<Integer> newOnes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < sales.size(); i++) {
            SaleRecord sale = sales.get(i);
            String sha256 = sale == null ? null : contentHash(sale);
            Optional<SaleOutcome> settled = settledWithoutApplying(sale, sha256, seenInBatch, stored);
            if (settled.isPresent()) {
                outcomes[i] = settled.get();
            } else {
                newOnes.add(i);
                hashes.add(sha256);
            }
        }
        if (!newOnes.isEmpty()) {
            applyNew(terminal, sales, newOnes, hashes, outcomes);
        }
        return new SalesBatchResult(List.of(outcomes));
    }

    /** All new sales in one transaction; if any of them fails, each in a transaction of its own. */
    private void applyNew(AuthenticatedTerminal terminal, List<SaleRecord> sales, List<Integer> newOnes,
                          List<String> hashes, SaleOutcome[] outcomes) {
        List<SaleRecord> records = newOnes.stream().map(sales::get).toList();
        try {
            List<SaleOutcome> applied = ingest.applyAll(terminal, records, hashes);
            for (int k = 0; k < newOnes.size(); k++) {
                outcomes[newOnes.get(k)] = applied.get(k);
            }
        } catch (RuntimeException oneOfThemFailed) {
            for (int k = 0; k < newOnes.size(); k++) {
                outcomes[newOnes.get(k)] = applyOne(terminal, records.get(k), hashes.get(k));
            }
        }
    }

    /** The outcome of a sale that needs no applying: malformed, or already applied; empty for a new sale. */
    private Optional<SaleOutcome> settledWithoutApplying(SaleRecord sale, String sha256, Set<UUID> seenInBatch,
                                                         Map<String, Sale> stored) {
        if (sale == null) {
            return Optional.of(SaleOutcome.rejected(null, "an empty entry in the batch"));
        }
        List<String> problems = SaleRecordCheck.problems(sale);
        if (!problems.isEmpty()) {
            return Optional.of(SaleOutcome.rejected(sale.saleId(), String.join("; ", problems)));
        }
        if (!seenInBatch.add(sale.saleId())) {
            return Optional.of(SaleOutcome.rejected(sale.saleId(), "the sale appears twice in this batch"));
        }
        Sale known = stored.get(sale.saleId().toString());
        return known == null ? Optional.empty() : Optional.of(answerFor(sale, sha256, known));
    }

    /** The sales of the batch the server already has, in one query. */
    private Map<String, Sale> storedAmong(List<SaleRecord> sales) {
        List<String> ids = sales.stream().filter(s -> s != null && s.saleId() != null)
                .map(s -> s.saleId().toString()).toList();
        Map<String, Sale> stored = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT s FROM Sale s WHERE s.id IN :ids", Sale.class).setParameter("ids", ids)
                    .getResultStream().forEach(s -> stored.put(s.id(), s));
        }
        return stored;
    }

    private SaleOutcome applyOne(AuthenticatedTerminal terminal, SaleRecord sale, String sha256) {
        try {
            return ingest.apply(terminal, sale, sha256);
        } catch (SaleRejectedException e) {
            return SaleOutcome.rejected(sale.saleId(), e.getMessage());
        } catch (RuntimeException e) {
            if (causedBy(e, SaleIdTakenException.class)) {
                return existing(sale, sha256).orElseThrow(() -> e);
            }
            if (causedBy(e, SaleRejectedException.class)) {
                return SaleOutcome.rejected(sale.saleId(), rootMessage(e, SaleRejectedException.class));
            }
            if (isTransient(e)) {
                throw e; // a deadlock or a lost connection: the till sends the batch again and it goes through
            }
            // this sale cannot be applied as it is: held at the till for a manager, the rest of the batch goes on
            LOG.log(java.util.logging.Level.SEVERE, "sale " + sale.saleId() + " could not be applied", e);
            return SaleOutcome.rejected(sale.saleId(), "the server could not apply this sale (" + e.getClass()
                    .getSimpleName() + "); it stays at the till for a manager, and the server's log has the details");
        }
    }

    /** Failures that pass if the same work is done again: deadlocks, lock timeouts, lost connections. */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("40") || state.startsWith("08") || sql.getErrorCode() == 1205
                        || sql.getErrorCode() == 1213) {
                    return true;
                }
            }
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private Optional<SaleOutcome> existing(SaleRecord record, String sha256) {
        Sale stored = em.find(Sale.class, record.saleId().toString());
        return stored == null ? Optional.empty() : Optional.of(answerFor(record, sha256, stored));
    }

    private SaleOutcome answerFor(SaleRecord record, String sha256, Sale stored) {
        if (!stored.contentSha256().equals(sha256)) {
            LOG.warning(() -> "sale " + record.saleId() + " resent with different content");
            return SaleOutcome.rejected(record.saleId(),
                    "this sale id was already used for a sale with different content; the first one stands");
        }
        return new SaleOutcome(record.saleId(), SaleOutcome.Status.DUPLICATE, "already applied",
                stored.customerId() == null ? null : UUID.fromString(stored.customerId()),
                stored.pointsEarned(), stored.pointsRedeemed(), stored.balanceAfter());
    }

    static String contentHash(SaleRecord sale) {
        try {
            return Secrets.sha256Hex(WireJson.mapper().writeValueAsBytes(sale));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed sale always serializes", e);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t.getMessage();
            }
        }
        return e.getMessage();
    }
}
