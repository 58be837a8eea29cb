package dev.regulars.server.sales;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.regulars.core.sync.RefundOutcome;
import dev.regulars.core.sync.RefundRecord;
import dev.regulars.core.sync.RefundsBatch;
import dev.regulars.core.sync.RefundsBatchResult;
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
import java.util.List;
import java.util.Optional;

/**
 * Takes a till's refunds: each is checked, then applied once in its own transaction. A refund whose sale has not
 * arrived yet is DEFERRED, never applied on its own; the till sends it again after the sale.
 */
@ApplicationScoped
public class RefundsSync {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private RefundIngest ingest;

    public RefundsBatchResult apply(AuthenticatedTerminal terminal, RefundsBatch batch) {
        if (batch == null || batch.refunds() == null) {
            throw ApiException.badRequest("Send {\"refunds\": [...]}");
        }
        if (batch.refunds().size() > RefundsBatch.MAX_REFUNDS) {
            throw new ApiException(Status.REQUEST_ENTITY_TOO_LARGE, "batch_too_large", "A batch holds at most "
                    + RefundsBatch.MAX_REFUNDS + " refunds; this one has " + batch.refunds().size() + ".");
        }
        List<RefundOutcome> outcomes = new ArrayList<>();
        for (RefundRecord refund : batch.refunds()) {
            outcomes.add(applyOne(terminal, refund));
        }
        return new RefundsBatchResult(outcomes);
    }

    private RefundOutcome applyOne(AuthenticatedTerminal terminal, RefundRecord refund) {
        if (refund == null || refund.refundId() == null) {
            return RefundOutcome.of(null, RefundOutcome.Status.REJECTED, "a refund needs its refundId");
        }
        Optional<String> problem = problem(refund);
        if (problem.isPresent()) {
            return RefundOutcome.of(refund.refundId(), RefundOutcome.Status.REJECTED, problem.get());
        }
        String sha256 = contentHash(refund);
        Optional<RefundOutcome> known = existing(refund, sha256);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return ingest.apply(terminal, refund, sha256);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SaleRejectedException rejected) {
                    return RefundOutcome.of(refund.refundId(), RefundOutcome.Status.REJECTED, rejected.getMessage());
                }
                if (t instanceof IllegalArgumentException invalid) {
                    return RefundOutcome.of(refund.refundId(), RefundOutcome.Status.REJECTED, invalid.getMessage());
                }
                if (t instanceof SaleIdTakenException) {
                    return existing(refund, sha256).orElseThrow(() -> e);
                }
            }
            throw e;
        }
    }

    private static Optional<String> problem(RefundRecord refund) {
        if (refund.saleId() == null || refund.refundedAt() == null) {
            return Optional.of("a refund needs saleId and refundedAt");
        }
        if (refund.lines() == null || refund.lines().isEmpty()) {
            return Optional.of("a refund returns at least one line");
        }
        for (RefundRecord.Line line : refund.lines()) {
            if (line == null || line.quantity() <= 0) {
                return Optional.of("line " + (line == null ? "?" : line.lineNo()) + ": quantity must be positive");
            }
        }
        return Optional.empty();
    }

    private Optional<RefundOutcome> existing(RefundRecord record, String sha256) {
        Refund stored = em.find(Refund.class, record.refundId().toString());
        if (stored == null) {
            return Optional.empty();
        }
        if (!stored.contentSha256().equals(sha256)) {
            return Optional.of(RefundOutcome.of(record.refundId(), RefundOutcome.Status.REJECTED,
                    "this refund id was already used for a refund with different content; the first one stands"));
        }
        return Optional.of(new RefundOutcome(record.refundId(), RefundOutcome.Status.DUPLICATE, "already applied",
                stored.moneyBackMinor(), stored.pointsEarnedTakenBack(), stored.pointsRedeemedReturned(),
                stored.balanceAfter()));
    }

    private static String contentHash(RefundRecord refund) {
        try {
            return Secrets.sha256Hex(WireJson.mapper().writeValueAsBytes(refund));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed refund always serializes", e);
        }
    }
}
