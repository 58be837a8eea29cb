package dev.regulars.server.ledger;

import dev.regulars.server.customers.Customer;
import dev.regulars.server.platform.MultiRowInsert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The only writer of points. Every change is an appended entry plus the same change to the materialized balance,
 * in the caller's transaction, so the balance is the sum of the entries at every commit.
 */
@ApplicationScoped
public class Ledger {

    private static final MultiRowInsert ENTRIES = new MultiRowInsert("ledger_entry", LedgerEntry.COLUMNS);

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private LedgerIds ids;

    /** Posts {@code points} (negative to take away) to a customer whose row the caller has locked. */
    public void post(Customer customer, LedgerEntryType type, long points, String saleId, String note) {
        if (points == 0) {
            return;
        }
        em.persist(new LedgerEntry(ids.next(), customer.id(), type, points, saleId, note, clock.instant(), null));
        customer.changeBalance(points);
    }

    /** A manual change by a member of staff, who is recorded on the entry. */
    public void postByStaff(Customer customer, long points, String reason, String staffId) {
        em.persist(new LedgerEntry(ids.next(), customer.id(), LedgerEntryType.ADJUSTMENT, points, null, reason,
                clock.instant(), staffId));
        customer.changeBalance(points);
    }

    /**
     * Entries for many sales of one transaction, written together by {@link Postings#write()}: the balances change
     * at once, the rows go to MariaDB a few hundred to a statement. The caller writes them before it commits.
     */
    public Postings postings() {
        return new Postings(clock.instant());
    }

    /** The customer's latest entries, newest first: what the points history shows. */
    public List<LedgerEntry> history(String customerId, int limit) {
        return em.createQuery("SELECT e FROM LedgerEntry e WHERE e.customerId = :c ORDER BY e.createdAt DESC,"
                        + " e.id DESC", LedgerEntry.class)
                .setParameter("c", customerId).setMaxResults(limit).getResultList();
    }

    /** The sum of a customer's entries, for checks against the materialized balance. */
    public long sumOfEntries(String customerId) {
        Long sum = em.createQuery("SELECT SUM(e.points) FROM LedgerEntry e WHERE e.customerId = :c", Long.class)
                .setParameter("c", customerId).getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** Entries posted but not yet written; see {@link #postings()}. */
    public final class Postings {

        private final Instant at;
        private final List<Object[]> rows = new ArrayList<>();

        private Postings(Instant at) {
            this.at = at;
        }

        /** As {@link Ledger#post}, with the row written later by {@link #write()}. */
        public void post(Customer customer, LedgerEntryType type, long points, String saleId) {
            if (points == 0) {
                return;
            }
            rows.add(new LedgerEntry(ids.next(), customer.id(), type, points, saleId, null, at, null).row());
            customer.changeBalance(points);
        }

        /** Writes the posted entries on the transaction's connection. */
        public void write() {
            if (rows.isEmpty()) {
                return;
            }
            try {
                ENTRIES.insert(em.unwrap(Connection.class), rows);
            } catch (SQLException e) {
                throw new IllegalStateException("could not write ledger entries: " + e.getMessage(), e);
            }
            rows.clear();
        }
    }
}
