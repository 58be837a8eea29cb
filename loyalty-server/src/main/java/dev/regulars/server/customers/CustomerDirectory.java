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

    public Optional<Customer> findByPhone(String businessId, String phoneE164) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.businessId = :b AND c.phoneE164 = :p", Customer.class)
                .setParameter("b", businessId)
                .setParameter("p", phoneE164)
                .getResultStream().findFirst();
    }

    public Optional<Customer> byReferralCode(String businessId, String code) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.businessId = :b AND c.referralCode = :c",
                        Customer.class)
                .setParameter("b", businessId).setParameter("c", code)
                .getResultStream().findFirst();
    }

    /** The customer with its row locked until the transaction ends, so two tills never race on one balance. */
    public Optional<Customer> lockById(String businessId, String customerId) {
        Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(customer).filter(c -> c.businessId().equals(businessId));
    }

    public Customer lock(Customer customer) {
        em.lock(customer, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(customer);
        return customer;
    }

    public void add(Customer customer) {
        em.persist(customer);
    }
}
