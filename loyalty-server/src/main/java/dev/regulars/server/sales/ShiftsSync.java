package dev.regulars.server.sales;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.regulars.core.sync.ShiftOutcome;
import dev.regulars.core.sync.ShiftRecord;
import dev.regulars.core.sync.ShiftsBatch;
import dev.regulars.core.sync.ShiftsBatchResult;
import dev.regulars.core.sync.WireJson;
import dev.regulars.server.platform.ApiException;
import dev.regulars.server.platform.Secrets;
import dev.regulars.server.stores.AuthenticatedTerminal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a till's closed shifts with their Z reports, each shift id once. The cash count and the till's figures are
 * facts of the counter: checked for shape (currency, times, amounts that cannot be negative, the journal's chain
 * head), stored as sent; the chain head is kept apart too, as an anchor an auditor compares the till's journal with.
 */
@ApplicationScoped
public class ShiftsSync {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @jakarta.inject.Inject
    private Clock clock;

    /** @throws ApiException 400 for a batch without shifts, 413 above {@link ShiftsBatch#MAX_SHIFTS} */
    @Transactional
    public ShiftsBatchResult apply(AuthenticatedTerminal terminal, ShiftsBatch batch) {
        if (batch == null || batch.shifts() == null) {
            throw ApiException.badRequest("Send {\"shifts\": [...]}");
        }
        if (batch.shifts().size() > ShiftsBatch.MAX_SHIFTS) {
            throw new ApiException(Status.REQUEST_ENTITY_TOO_LARGE, "batch_too_large", "A batch holds at most "
                    + ShiftsBatch.MAX_SHIFTS + " shifts; this one has " + batch.shifts().size() + ".");
        }
        List<ShiftOutcome> outcomes = new ArrayList<>();
        for (ShiftRecord shift : batch.shifts()) {
            outcomes.add(applyOne(terminal, shift));
        }
        return new ShiftsBatchResult(outcomes);
    }

    private ShiftOutcome applyOne(AuthenticatedTerminal terminal, ShiftRecord shift) {
        if (shift == null || shift.shiftId() == null) {
            return new ShiftOutcome(null, ShiftOutcome.Status.REJECTED, "a shift needs its shiftId");
        }
        Optional<String> problem = problem(terminal, shift);
        if (problem.isPresent()) {
            return new ShiftOutcome(shift.shiftId(), ShiftOutcome.Status.REJECTED, problem.get());
        }
        String json = json(shift);
        String sha256 = Secrets.sha256Hex(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TillShift stored = em.find(TillShift.class, shift.shiftId().toString());
        if (stored != null) {
            return stored.contentSha256().equals(sha256)
                    ? new ShiftOutcome(shift.shiftId(), ShiftOutcome.Status.DUPLICATE, "already stored")
                    : new ShiftOutcome(shift.shiftId(), ShiftOutcome.Status.REJECTED,
                    "this shift id was already used for a shift with different figures; the first one stands");
        }
        em.persist(new TillShift(shift.shiftId().toString(), terminal.terminalId(), terminal.storeId(), shift, json,
                sha256, clock.instant()));
        return new ShiftOutcome(shift.shiftId(), ShiftOutcome.Status.ACCEPTED, null);
    }

    private static Optional<String> problem(AuthenticatedTerminal terminal, ShiftRecord shift) {
        if (!terminal.currency().equals(shift.currency())) {
            return Optional.of("the shift is in " + shift.currency() + " but the store sells in "
                    + terminal.currency());
        }
        if (shift.openedAt() == null || shift.closedAt() == null || shift.closedAt().isBefore(shift.openedAt())) {
            return Optional.of("a shift needs openedAt and closedAt, closing after it opened");
        }
        if (shift.report() == null) {
            return Optional.of("a closed shift carries its Z report");
        }
        var r = shift.report();
        if (shift.openingCashMinor() < 0 || shift.countedCashMinor() < 0 || r.sales() < 0 || r.refunds() < 0
                || r.takingsMinor() < 0 || r.cashMinor() < 0 || r.cardMinor() < 0 || r.refundedCashMinor() < 0
                || r.refundedCardMinor() < 0) {
            return Optional.of("cash, counts and takings cannot be negative");
        }
        var chain = shift.chain();
        if (chain != null && (chain.hash() == null || !chain.hash().matches("[0-9a-f]{64}") || chain.links() < 1
                || chain.lastReceipt() < 0)) {
            return Optional.of("a chain head is 64 lower-case hex digits with at least one link and a receipt"
                    + " number of 0 or more");
        }
        return Optional.empty();
    }

    private static String json(ShiftRecord shift) {
        try {
            return WireJson.mapper().writeValueAsString(shift);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed shift always serializes", e);
        }
    }
}
