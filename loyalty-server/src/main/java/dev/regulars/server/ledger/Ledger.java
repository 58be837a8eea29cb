package dev.regulars.server.ledger;

import dev.regulars.server.customers.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The only writer of points. Every change is an appended entry plus the same change to the materialized balance,
 * in the caller's transaction, so the balance is the sum of the entries at every commit.
 */
@ApplicationScoped
public class Ledger {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;

    /** Posts {@code points} (negative to take away) to a customer whose row the caller has locked. */
    public void post(Customer customer, LedgerEntryType type, long points, String saleId, String note) {
        if (points == 0) {
            return;
        }
        em.persist(new LedgerEntry(customer.id(), type, points, saleId, note, clock.instant(), null));
        customer.changeBalance(points);
    }

    /** A manual change by a member of staff, who is recorded on the entry. */
    public void postByStaff(Customer customer, long points, String reason, String staffId) {
        em.persist(new LedgerEntry(customer.id(), LedgerEntryType.ADJUSTMENT, points, null, reason, clock.instant(),
                staffId));
        customer.changeBalance(points);
    }

    /** The sum of a customer's entries, for checks against the materialized balance. */
    public long sumOfEntries(String customerId) {
        Long sum = em.createQuery("SELECT SUM(e.points) FROM LedgerEntry e WHERE e.customerId = :c", Long.class)
                .setParameter("c", customerId).getSingleResult();
        return sum == null ? 0 : sum;
    }
}
