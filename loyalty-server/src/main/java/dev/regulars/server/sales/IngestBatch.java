package dev.regulars.server.sales;

import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.server.customers.Customer;
import dev.regulars.server.ledger.Redemption;
import dev.regulars.server.stores.ProgramVersions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What one transaction of synced sales reads before it writes: the rules versions, the customers named by id
 * (locked, in id order), their spend over the last twelve months, and points taken online for these sales. A batch
 * of a hundred sales then costs a handful of queries instead of several per sale.
 */
final class IngestBatch {

    private final EntityManager em;
    private final ProgramVersions programs;
    private final String businessId;
    private final Instant now;
    private final Map<Integer, ProgramRules> rules = new HashMap<>();
    private final Map<String, Customer> customers = new HashMap<>();
    private final Map<String, Long> spend = new HashMap<>();
    private final Map<String, Redemption> onlineRedemptions = new HashMap<>();

    private IngestBatch(EntityManager em, ProgramVersions programs, String businessId, Instant now) {
        this.em = em;
        this.programs = programs;
        this.businessId = businessId;
        this.now = now;
    }

    static IngestBatch prefetch(EntityManager em, ProgramVersions programs, String businessId,
                                List<SaleRecord> records, Instant now) {
        IngestBatch batch = new IngestBatch(em, programs, businessId, now);
        TreeSet<String> ids = new TreeSet<>();
        List<String> saleIds = new java.util.ArrayList<>();
        for (SaleRecord r : records) {
            saleIds.add(r.saleId().toString());
            if (r.enrollment() == null && r.customer() != null && r.customer().customerId() != null) {
                ids.add(r.customer().customerId().toString());
            }
        }
        if (!ids.isEmpty()) {
            em.createQuery("SELECT c FROM Customer c WHERE c.businessId = :b AND c.id IN :ids ORDER BY c.id",
                            Customer.class)
                    .setParameter("b", businessId).setParameter("ids", List.copyOf(ids))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().forEach(c -> batch.customers.put(c.id(), c));
            batch.loadSpend(List.copyOf(ids));
        }
        em.createQuery("SELECT r FROM Redemption r WHERE r.saleId IN :ids AND r.status = :held", Redemption.class)
                .setParameter("ids", saleIds).setParameter("held", Redemption.Status.HELD)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().forEach(r -> batch.onlineRedemptions.put(r.saleId(), r));
        return batch;
    }

    private void loadSpend(List<String> ids) {
        Instant from = now.atZone(ZoneOffset.UTC).minusMonths(12).toInstant();
        em.createQuery("SELECT s.customerId, SUM(s.dueMinor) FROM Sale s WHERE s.customerId IN :ids"
                        + " AND s.rungUpAt > :from GROUP BY s.customerId", Object[].class)
                .setParameter("ids", ids).setParameter("from", from).setFlushMode(FlushModeType.COMMIT)
                .getResultList().forEach(row -> spend.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum));
        em.createQuery("SELECT s.customerId, SUM(r.moneyBackMinor) FROM Refund r, Sale s WHERE r.saleId = s.id"
                        + " AND s.customerId IN :ids AND s.rungUpAt > :from GROUP BY s.customerId", Object[].class)
                .setParameter("ids", ids).setParameter("from", from).setFlushMode(FlushModeType.COMMIT)
                .getResultList().forEach(row -> spend.merge((String) row[0], -((Number) row[1]).longValue(), Long::sum));
    }

    Instant now() {
        return now;
    }

    ProgramRules rules(int version) {
        return rules.computeIfAbsent(version, v -> programs.find(businessId, v).orElse(null));
    }

    Optional<Customer> lockedCustomer(String id) {
        return Optional.ofNullable(customers.get(id));
    }

    /** The customer's twelve-month spend including this sale (and earlier sales of this batch). */
    long spendWith(String customerId, long dueMinor) {
        if (!spend.containsKey(customerId) && !customers.containsKey(customerId)) {
            // a customer found by phone or enrolled in this batch: read once
            loadSpend(List.of(customerId));
        }
        return spend.merge(customerId, dueMinor, Long::sum);
    }

    /** Points already taken online for this sale (0 if none), now consumed by it. */
    long consumeOnlineRedemption(String saleId, Instant at) {
        Redemption held = onlineRedemptions.remove(saleId);
        if (held == null) {
            return 0;
        }
        held.consume(at);
        return held.points();
    }
}
