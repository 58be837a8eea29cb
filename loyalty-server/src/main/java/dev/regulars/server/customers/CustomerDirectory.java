package dev.regulars.server.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds and locks the customers of a business. */
@ApplicationScoped
public class CustomerDirectory {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /** The customer with this phone; for a merged record, the record it was merged into. */
    public Optional<Customer> findByPhone(String businessId, String phoneE164) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.businessId = :b AND c.phoneE164 = :p", Customer.class)
                .setParameter("b", businessId)
                .setParameter("p", phoneE164)
                .getResultStream().findFirst()
                .map(c -> c.mergedInto() == null ? c : em.find(Customer.class, c.mergedInto()));
    }

    public Optional<Customer> byId(String businessId, String customerId) {
        return Optional.ofNullable(em.find(Customer.class, customerId)).filter(c -> c.businessId().equals(businessId))
                .map(c -> c.mergedInto() == null ? c : em.find(Customer.class, c.mergedInto()));
    }

    /**
     * Customers of the business by id, as {@link #byId} finds them (a merged record stands for the record it was
     * merged into), in two queries whatever the number of ids; ids of no customer of the business are left out.
     */
    public java.util.Map<String, Customer> byIds(String businessId, java.util.Collection<String> customerIds) {
        java.util.Map<String, Customer> found = new java.util.HashMap<>();
        if (customerIds.isEmpty()) {
            return found;
        }
        java.util.List<Customer> records = em.createQuery("SELECT c FROM Customer c WHERE c.businessId = :b"
                + " AND c.id IN :ids", Customer.class).setParameter("b", businessId)
                .setParameter("ids", java.util.List.copyOf(customerIds)).getResultList();
        java.util.Map<String, Customer> into = byIds(businessId, records.stream().map(Customer::mergedInto)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        for (Customer c : records) {
            Customer current = c.mergedInto() == null ? c : into.get(c.mergedInto());
            if (current != null) {
                found.put(c.id(), current);
            }
        }
        return found;
    }

    /** The customer whose referral code this is; for a merged record's code, the record it was merged into. */
    public Optional<Customer> byReferralCode(String businessId, String code) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.businessId = :b AND c.referralCode = :c",
                        Customer.class)
                .setParameter("b", businessId).setParameter("c", code)
                .getResultStream().findFirst()
                .map(c -> c.mergedInto() == null ? c : em.find(Customer.class, c.mergedInto()));
    }

    /**
     * The customer with its row locked until the transaction ends, so two tills never race on one balance. For a
     * merged record, the record it was merged into (locked too): whatever names the merged record lands there.
     */
    public Optional<Customer> lockById(String businessId, String customerId) {
        Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (customer != null && customer.mergedInto() != null) {
            customer = em.find(Customer.class, customer.mergedInto(), LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(customer).filter(c -> c.businessId().equals(businessId));
    }

    /** The ids of the records merged into this customer, and its own: whose sales make up its spend. */
    public java.util.List<String> withMergedRecords(String customerId) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        ids.add(customerId);
        ids.addAll(em.createQuery("SELECT c.id FROM Customer c WHERE c.mergedInto = :c", String.class)
                .setParameter("c", customerId).getResultList());
        return ids;
    }

    public Customer lock(Customer customer) {
        em.lock(customer, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(customer);
        return customer;
    }

    public void add(Customer customer) {
        em.persist(customer);
    }

    /** The customer's answer for every marketing channel, with when and where it was given. */
    public void recordConsent(Customer customer, boolean granted, java.time.Instant at, String source) {
        for (String channel : new String[] {"SMS", "EMAIL", "PUSH"}) {
            recordConsent(customer, channel, granted, at, source);
        }
    }

    /** The customer's answers by channel (SMS, EMAIL, PUSH); a channel never asked about is missing. */
    public java.util.Map<String, Boolean> consentsOf(String customerId) {
        java.util.Map<String, Boolean> answers = new java.util.TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT channel, granted FROM customer_consent WHERE customer_id = ?")
                .setParameter(1, customerId).getResultList()) {
            Object[] r = (Object[]) row;
            answers.put((String) r[0], dev.regulars.server.platform.NativeValues.bool(r[1]));
        }
        return answers;
    }

    /** The customer's answer for one channel (SMS, EMAIL or PUSH), with when and where it was given. */
    public void recordConsent(Customer customer, String channel, boolean granted, java.time.Instant at,
                              String source) {
        em.createNativeQuery("INSERT INTO customer_consent (customer_id, channel, granted, changed_at, source)"
                        + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE granted = VALUES(granted),"
                        + " changed_at = VALUES(changed_at), source = VALUES(source)")
                .setParameter(1, customer.id()).setParameter(2, channel).setParameter(3, granted)
                .setParameter(4, java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .setParameter(5, source).executeUpdate();
    }
}
