package dev.regulars.server.sales;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;

/** What a customer spent, from their sales: the input of the tier. */
@ApplicationScoped
public class CustomerSpend {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /** Money paid over the twelve months up to {@code at}, less refunds, this transaction's own included. */
    public long trailingTwelveMonths(String customerId, Instant at) {
        Long spend = em.createQuery("SELECT SUM(s.dueMinor) FROM Sale s WHERE s.customerId = :c"
                        + " AND s.rungUpAt > :from AND s.rungUpAt <= :at", Long.class)
                .setParameter("c", customerId)
                .setParameter("from", at.atZone(ZoneOffset.UTC).minusMonths(12).toInstant())
                .setParameter("at", at)
                .getSingleResult();
        Long refunded = em.createQuery("SELECT SUM(r.moneyBackMinor) FROM Refund r, Sale s WHERE r.saleId = s.id"
                        + " AND s.customerId = :c AND s.rungUpAt > :from AND s.rungUpAt <= :at", Long.class)
                .setParameter("c", customerId)
                .setParameter("from", at.atZone(ZoneOffset.UTC).minusMonths(12).toInstant())
                .setParameter("at", at)
                .getSingleResult();
        return (spend == null ? 0 : spend) - (refunded == null ? 0 : refunded);
    }
}
