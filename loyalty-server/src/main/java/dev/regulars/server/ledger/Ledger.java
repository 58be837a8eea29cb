package dev.regulars.server.ledger;

import dev.regulars.server.customers.Customer;
import dev.regulars.server.platform.MultiRowInsert;
import dev.regulars.server.stores.ChangeSequence;
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
 * in the caller's transaction, so the balance is the sum of the entries at every commit. It is also the one place
 * where a balance change marks the customer changed (a change number from stores' ChangeSequence, one a
 * transaction): the tills' caches pull the new balance by it (ChangeFeed) and the Wallet passes are updated by it
 * (WalletChanges), whoever changed the points (a sale, refund, manager, expiry, referral or campaign bonus).
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
    @Inject
    private ChangeSequence changes;

    /** Posts {@code points} (negative to take away), counting from now, to a customer whose row the caller locked. */
    public void post(Customer customer, LedgerEntryType type, long points, String saleId, String note) {
        Instant now = clock.instant();
        post(customer, type, points, saleId, note, now, null);
    }

    /**
     * As {@link #post(Customer, LedgerEntryType, long, String, String)}, for points that count from another moment
     * than now: a sale's time at the till (clamped to now: a till clock ahead of the server's cannot date points in
     * the future), or a merged lot's earning date.
     *
     * @param validUntil the lot's own validity (a birthday bonus), or null for the program's months
     */
    public void post(Customer customer, LedgerEntryType type, long points, String saleId, String note,
                     Instant effectiveAt, Instant validUntil) {
        if (points == 0) {
            return;
        }
        em.persist(new LedgerEntry(ids.next(), customer.id(), type, points, saleId, note, clock.instant(),
                effectiveAt, validUntil, null));
        changeBalance(customer, points);
    }

    /** A manual change by a member of staff, who is recorded on the entry. */
    public void postByStaff(Customer customer, long points, String reason, String staffId) {
        Instant now = clock.instant();
        em.persist(new LedgerEntry(ids.next(), customer.id(), LedgerEntryType.ADJUSTMENT, points, null, reason,
                now, now, null, staffId));
        changeBalance(customer, points);
    }

    /**
     * The balance and the change number together: a customer whose points changed is a changed customer for the
     * tills and the Wallet passes. The number is the transaction's (taken once, under the business's counter lock
     * until the commit).
     */
    private void changeBalance(Customer customer, long points) {
        customer.changeBalance(points);
        customer.markChanged(changes.next(customer.businessId()));
    }

    /**
     * Entries for many sales of one transaction, written together by {@link Postings#write()}: the balances change
     * at once, the rows go to MariaDB a few hundred to a statement. The caller writes them before it commits.
     *
     * @param at the moment the entries are written (the batch's arrival)
     */
    public Postings postings(Instant at) {
        return new Postings(at);
    }

    /**
     * The customer's latest entries, newest first by when they count: what the points history shows. The entries
     * of records merged into the customer are included, so both records' history stays readable in one place.
     */
    public List<LedgerEntry> history(String customerId, int limit) {
        return em.createQuery("SELECT e FROM LedgerEntry e WHERE e.customerId = :c OR e.customerId IN"
                        + " (SELECT m.id FROM Customer m WHERE m.mergedInto = :c)"
                        + " ORDER BY e.effectiveAt DESC, e.id DESC", LedgerEntry.class)
                .setParameter("c", customerId).setMaxResults(limit).getResultList();
    }

    /** The sum of a customer's entries, for checks against the materialized balance. */
    public long sumOfEntries(String customerId) {
        Long sum = em.createQuery("SELECT SUM(e.points) FROM LedgerEntry e WHERE e.customerId = :c", Long.class)
                .setParameter("c", customerId).getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** Entries posted but not yet written; see {@link #postings(Instant)}. */
    public final class Postings {

        private final Instant at;
        private final List<Object[]> rows = new ArrayList<>();
        private final java.util.Map<String, Customer> changed = new java.util.LinkedHashMap<>();

        private Postings(Instant at) {
            this.at = at;
        }

        /**
         * As {@link Ledger#post}, with the row written later by {@link #write()}.
         *
         * @param effectiveAt when the points count from: the sale's time at the till (clamped to now)
         */
        public void post(Customer customer, LedgerEntryType type, long points, String saleId, Instant effectiveAt) {
            if (points == 0) {
                return;
            }
            rows.add(new LedgerEntry(ids.next(), customer.id(), type, points, saleId, null, at, effectiveAt, null,
                    null).row());
            customer.changeBalance(points);
            changed.put(customer.id(), customer);
        }

        /**
         * Writes the posted entries on the transaction's connection, and marks their customers changed (the change
         * number is taken here, late, so a batch holds the business's counter only from here to its commit).
         */
        public void write() {
            if (rows.isEmpty()) {
                return;
            }
            long seq = changes.next(changed.values().iterator().next().businessId());
            changed.values().forEach(c -> c.markChanged(seq));
            changed.clear();
            try {
                ENTRIES.insert(em.unwrap(Connection.class), rows);
            } catch (SQLException e) {
                throw new IllegalStateException("could not write ledger entries: " + e.getMessage(), e);
            }
            rows.clear();
        }
    }
}
