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
            batch.lockNamed(ids);
            batch.loadSpend(batch.customers.values().stream().map(Customer::id).distinct().toList());
        }
        em.createQuery("SELECT r FROM Redemption r WHERE r.saleId IN :ids AND r.status = :held", Redemption.class)
                .setParameter("ids", saleIds).setParameter("held", Redemption.Status.HELD)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().forEach(r -> batch.onlineRedemptions.put(r.saleId(), r));
        return batch;
    }

    /**
     * Locks the customers the sales name, in id order; a merged record's sales land on the record it was merged
     * into, which is locked after them (only batches naming merged records lock out of order; should two of them
     * deadlock, MariaDB rolls one back and its sales are applied one by one).
     */
    private void lockNamed(TreeSet<String> ids) {
        List<Customer> named = em.createQuery("SELECT c FROM Customer c WHERE c.businessId = :b AND c.id IN :ids"
                        + " ORDER BY c.id", Customer.class)
                .setParameter("b", businessId).setParameter("ids", List.copyOf(ids))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        TreeSet<String> survivors = new TreeSet<>();
        for (Customer c : named) {
            if (c.mergedInto() == null) {
                customers.put(c.id(), c);
            } else {
                survivors.add(c.mergedInto());
            }
        }
        if (survivors.isEmpty()) {
            return;
        }
        Map<String, Customer> locked = new HashMap<>();
        em.createQuery("SELECT c FROM Customer c WHERE c.businessId = :b AND c.id IN :ids ORDER BY c.id",
                        Customer.class)
                .setParameter("b", businessId).setParameter("ids", List.copyOf(survivors))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().forEach(c -> locked.put(c.id(), c));
        for (Customer c : named) {
            if (c.mergedInto() != null && locked.containsKey(c.mergedInto())) {
                customers.put(c.id(), locked.get(c.mergedInto()));
            }
        }
    }

    /** Twelve months of spend (less refunds) of these customers, the sales of records merged into them included. */
    private void loadSpend(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Map<String, String> owner = new HashMap<>();
        ids.forEach(id -> owner.put(id, id));
        em.createQuery("SELECT c.id, c.mergedInto FROM Customer c WHERE c.mergedInto IN :ids", Object[].class)
                .setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT)
                .getResultList().forEach(row -> owner.put((String) row[0], (String) row[1]));
        List<String> all = List.copyOf(owner.keySet());
        Instant from = now.atZone(ZoneOffset.UTC).minusMonths(12).toInstant();
        em.createQuery("SELECT s.customerId, SUM(s.dueMinor) FROM Sale s WHERE s.customerId IN :ids"
                        + " AND s.rungUpAt > :from GROUP BY s.customerId", Object[].class)
                .setParameter("ids", all).setParameter("from", from).setFlushMode(FlushModeType.COMMIT)
                .getResultList().forEach(row -> spend.merge(owner.get((String) row[0]),
                        ((Number) row[1]).longValue(), Long::sum));
        em.createQuery("SELECT s.customerId, SUM(r.moneyBackMinor) FROM Refund r, Sale s WHERE r.saleId = s.id"
                        + " AND s.customerId IN :ids AND s.rungUpAt > :from GROUP BY s.customerId", Object[].class)
                .setParameter("ids", all).setParameter("from", from).setFlushMode(FlushModeType.COMMIT)
                .getResultList().forEach(row -> spend.merge(owner.get((String) row[0]),
                        -((Number) row[1]).longValue(), Long::sum));
        ids.forEach(id -> spend.putIfAbsent(id, 0L));
    }

    Instant now() {
        return now;
    }

    ProgramRules rules(int version) {
        return rules.computeIfAbsent(version, v -> programs.find(businessId, v).orElse(null));
    }

    /** The newest rules of the business, for a sale naming a version the server does not know. */
    Optional<ProgramRules> latestRules() {
        return programs.latest(businessId);
    }

    /** The customer a sale names by id, locked: for a merged record, the record it was merged into. */
    Optional<Customer> lockedCustomer(String id) {
        return Optional.ofNullable(customers.get(id));
    }

    /** The customer's twelve-month spend including this sale (and earlier sales of this batch). */
    long spendWith(String customerId, long dueMinor) {
        if (!spend.containsKey(customerId)) {
            // a customer found by phone or enrolled in this batch: read once
            loadSpend(List.of(customerId));
        }
        return spend.merge(customerId, dueMinor, Long::sum);
    }

    /**
     * Points already taken online for this sale (0 if none), now consumed by it; -1 when they were taken from
     * another customer's balance (the hold stays, and goes back to that customer when it runs out).
     */
    long consumeOnlineRedemption(String saleId, Customer customer, Instant at) {
        Redemption held = onlineRedemptions.get(saleId);
        if (held == null) {
            return 0;
        }
        if (!held.customerId().equals(customer.id()) && !customer.id().equals(survivorOf(held.customerId()))) {
            return -1;
        }
        onlineRedemptions.remove(saleId);
        held.consume(at);
        return held.points();
    }

    private String survivorOf(String customerId) {
        Customer c = em.find(Customer.class, customerId);
        return c == null || c.mergedInto() == null ? customerId : c.mergedInto();
    }
}
