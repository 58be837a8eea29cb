package dev.regulars.server.ledger;

import dev.regulars.core.sync.RedemptionGrant;
import dev.regulars.core.sync.RedemptionRequest;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.customers.CustomerDirectory;
import dev.regulars.server.platform.ApiException;
import dev.regulars.server.stores.AuthenticatedTerminal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Takes points for an online till before its sale completes. The customer's row is locked while the balance is
 * checked and the REDEEM entry posted, so two tills asking at the same moment can never overdraw it.
 */
@ApplicationScoped
public class OnlineRedemptions {

    /**
     * How long points stay held for a sale that has not arrived. A till that took points and then died before
     * recording its sale never sends it; after this the points go back. Should the sale arrive after all, it takes
     * them again as an offline sale would (an overdraft is flagged): the points are counted once either way.
     */
    public static final Duration HELD_AT_MOST = Duration.ofHours(24);

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private Ledger ledger;
    @Inject
    private Clock clock;

    @Transactional
    public RedemptionGrant take(AuthenticatedTerminal terminal, RedemptionRequest request) {
        if (request == null || request.saleId() == null || request.customerId() == null) {
            throw ApiException.badRequest("Send {\"saleId\", \"customerId\", \"points\"}");
        }
        if (request.points() <= 0) {
            throw ApiException.badRequest("points to redeem must be positive, was " + request.points());
        }
        Customer customer = customers.lockById(terminal.businessId(), request.customerId().toString())
                .orElseThrow(() -> new ApiException(Status.NOT_FOUND, "unknown_customer", "No such customer"));
        if (!em.createNativeQuery("SELECT 1 FROM sale WHERE id = ?").setParameter(1, request.saleId().toString())
                .getResultList().isEmpty()) {
            throw new ApiException(Status.CONFLICT, "sale_arrived",
                    "This sale has already reached the server: points can no longer be taken for it");
        }
        Redemption earlier = em.find(Redemption.class, request.saleId().toString());
        if (earlier != null) {
            // the till asked again (its first answer was lost): the same points, not taken twice
            if (earlier.points() != request.points() || !earlier.customerId().equals(customer.id())) {
                throw new ApiException(Status.CONFLICT, "redemption_differs",
                        "Points were already taken for this sale with other figures");
            }
            return new RedemptionGrant(request.saleId(), earlier.points(), customer.pointsBalance());
        }
        if (customer.pointsBalance() < request.points()) {
            throw new ApiException(Status.CONFLICT, "insufficient_points", (customer.firstName() == null
                    ? "The customer" : customer.firstName()) + " has " + customer.pointsBalance() + " points; "
                    + request.points() + (request.points() == 1 ? " was asked" : " were asked"));
        }
        em.persist(new Redemption(request.saleId().toString(), terminal.businessId(), customer.id(),
                terminal.terminalId(), request.points(), clock.instant()));
        ledger.post(customer, LedgerEntryType.REDEEM, -request.points(), request.saleId().toString(),
                "taken online before the sale");
        return new RedemptionGrant(request.saleId(), request.points(), customer.pointsBalance());
    }

    /** Gives back the points of every hold older than {@link #HELD_AT_MOST}. Hourly and on demand; safe to repeat. */
    @Transactional
    public int releaseAbandoned(String businessId) {
        Instant before = clock.instant().minus(HELD_AT_MOST);
        List<Redemption> stale = em.createQuery("SELECT r FROM Redemption r WHERE r.businessId = :b"
                        + " AND r.status = :held AND r.createdAt < :before ORDER BY r.customerId", Redemption.class)
                .setParameter("b", businessId).setParameter("held", Redemption.Status.HELD)
                .setParameter("before", before).getResultList();
        int released = 0;
        for (Redemption candidate : stale) {
            // the customer first, then the hold: the order a sale's ingest locks them in
            Customer customer = customers.lockById(businessId, candidate.customerId()).orElseThrow();
            em.refresh(candidate, LockModeType.PESSIMISTIC_WRITE);
            if (candidate.status() != Redemption.Status.HELD) {
                continue; // its sale arrived meanwhile
            }
            ledger.post(customer, LedgerEntryType.REDEEM, candidate.points(), candidate.saleId(),
                    "held " + HELD_AT_MOST.toHours() + " h for a sale that never arrived, points returned");
            candidate.decide(Redemption.Status.RELEASED, clock.instant());
            released++;
        }
        return released;
    }

    /** The cashier abandoned the sale: the points go back. */
    @Transactional
    public void release(AuthenticatedTerminal terminal, String saleId) {
        try {
            java.util.UUID.fromString(saleId);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("\"" + saleId + "\" is not a sale id");
        }
        Redemption held = em.find(Redemption.class, saleId, LockModeType.PESSIMISTIC_WRITE);
        if (held == null) {
            throw new ApiException(Status.NOT_FOUND, "unknown_redemption", "No points were taken for this sale");
        }
        if (held.status() == Redemption.Status.CONSUMED) {
            throw new ApiException(Status.CONFLICT, "sale_arrived",
                    "The sale already reached the server; refund it instead");
        }
        if (held.status() == Redemption.Status.HELD) {
            Customer customer = customers.lockById(terminal.businessId(), held.customerId()).orElseThrow();
            ledger.post(customer, LedgerEntryType.REDEEM, held.points(), saleId, "sale abandoned, points returned");
            held.decide(Redemption.Status.RELEASED, clock.instant());
        }
    }
}
