package dev.regulars.server.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What a customer spent over the trailing twelve months, from the sales and refunds tables (read here, written by
 * the sales context): the input of the tier. One customer at a time; the sync ingest reads a batch's spend in a
 * few queries of its own (IngestBatch) and the nightly run all customers at once (TierRecalculation).
 */
@ApplicationScoped
public class TrailingSpend {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    @Inject
    private CustomerDirectory customers;

    /**
     * Money paid (minor units) over the twelve months up to {@code at}, less refunds, this transaction's own
     * included; the sales of records merged into the customer count as theirs.
     */
    public long trailingTwelveMonths(String customerId, Instant at) {
        List<String> ids = customers.withMergedRecords(customerId);
        Instant from = at.atZone(ZoneOffset.UTC).minusMonths(12).toInstant();
        Long spend = em.createQuery("SELECT SUM(s.dueMinor) FROM Sale s WHERE s.customerId IN :c"
                        + " AND s.rungUpAt > :from AND s.rungUpAt <= :at", Long.class)
                .setParameter("c", ids).setParameter("from", from).setParameter("at", at)
                .getSingleResult();
        Long refunded = em.createQuery("SELECT SUM(r.moneyBackMinor) FROM Refund r, Sale s WHERE r.saleId = s.id"
                        + " AND s.customerId IN :c AND s.rungUpAt > :from AND s.rungUpAt <= :at", Long.class)
                .setParameter("c", ids).setParameter("from", from).setParameter("at", at)
                .getSingleResult();
        return (spend == null ? 0 : spend) - (refunded == null ? 0 : refunded);
    }
}
