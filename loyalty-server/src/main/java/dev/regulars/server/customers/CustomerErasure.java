package dev.regulars.server.customers;

import dev.regulars.server.stores.ChangeSequence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * "Delete my data" (issue 11): the customer and every record merged into it lose what identifies the person
 * ({@link Customer#erase}), their cards and consents are deleted, and other contexts delete theirs on
 * {@link CustomerErased}, all in one transaction. Sales and ledger entries stay, naming an anonymous record, for the
 * books. The records take a change number, so every till forgets them at its next pull (ChangeFeed sends them as
 * erased rows, as it sends merged records).
 */
@ApplicationScoped
public class CustomerErasure {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private ChangeSequence changes;
    @Inject
    private Event<CustomerErased> erased;
    @Inject
    private Clock clock;

    /**
     * @return false when there is no such customer in the business (or it is erased already): nothing changed
     */
    @Transactional
    public boolean erase(String businessId, String customerId) {
        Customer customer = customers.lockById(businessId, customerId).orElse(null);
        if (customer == null || customer.isErased()) {
            return false;
        }
        List<String> ids = customers.withMergedRecords(customer.id());
        List<String> phones = new ArrayList<>();
        Instant now = clock.instant();
        long seq = changes.next(businessId);
        for (String id : ids) {
            Customer record = em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE);
            phones.add(record.phoneE164());
            record.erase(now);
            record.markChanged(seq);
        }
        em.createQuery("DELETE FROM CustomerCard k WHERE k.customerId IN :ids").setParameter("ids", ids)
                .executeUpdate();
        deleteConsents(ids);
        erased.fire(new CustomerErased(businessId, ids, phones.stream().filter(Objects::nonNull).toList()));
        em.flush();
        return true;
    }

    private void deleteConsents(List<String> ids) {
        var delete = em.createNativeQuery("DELETE FROM customer_consent WHERE customer_id IN ("
                + String.join(",", ids.stream().map(id -> "?").toList()) + ")");
        for (int i = 0; i < ids.size(); i++) {
            delete.setParameter(i + 1, ids.get(i));
        }
        delete.executeUpdate();
    }
}
