package dev.regulars.server.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Checks that every materialized balance equals the sum of its ledger entries. Runs nightly and on demand from the
 * admin; a mismatch is logged and kept in ledger_check, never corrected silently.
 */
@ApplicationScoped
public class LedgerAudit {

    private static final Logger LOG = Logger.getLogger(LedgerAudit.class.getName());

    /** One customer whose balance disagrees with the ledger. */
    public record Mismatch(String customerId, String firstName, long balance, long ledgerSum) {
    }

    /** What one check found. */
    public record Result(long customersChecked, List<Mismatch> mismatches) {
    }

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;

    @Transactional
    public Result check(String businessId) {
        long customers = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM customer WHERE business_id = ?")
                .setParameter(1, businessId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, c.first_name, c.points_balance, COALESCE(l.total, 0)
                FROM customer c
                LEFT JOIN (SELECT customer_id, SUM(points) AS total FROM ledger_entry GROUP BY customer_id) l
                       ON l.customer_id = c.id
                WHERE c.business_id = ? AND c.points_balance <> COALESCE(l.total, 0)""")
                .setParameter(1, businessId).getResultList();
        List<Mismatch> mismatches = rows.stream().map(r -> new Mismatch((String) r[0], (String) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
        em.createNativeQuery("INSERT INTO ledger_check (business_id, checked_at, customers_checked, mismatches)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, businessId)
                .setParameter(2, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(3, customers).setParameter(4, mismatches.size()).executeUpdate();
        mismatches.forEach(m -> LOG.severe(() -> "balance of customer " + m.customerId() + " is " + m.balance()
                + " but its ledger sums to " + m.ledgerSum()));
        return new Result(customers, mismatches);
    }

    public List<String> businesses() {
        return em.createQuery("SELECT b.id FROM Business b", String.class).getResultList();
    }
}
