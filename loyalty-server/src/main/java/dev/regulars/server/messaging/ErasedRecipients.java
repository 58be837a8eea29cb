package dev.regulars.server.messaging;

import dev.regulars.server.customers.CustomerErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * An erased customer's messages lose their address and text in the erasing transaction; those not sent yet are
 * never sent (dead, with the reason). The rows stay, so the campaign reports still count them.
 */
@ApplicationScoped
public class ErasedRecipients {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    void forget(@Observes CustomerErased erased) {
        for (String id : erased.customerIds()) {
            em.createNativeQuery("UPDATE outbox_message SET recipient = '', body = '', subject = NULL,"
                    + " last_error = IF(status = 'PENDING', 'the customer had their data deleted', last_error),"
                    + " status = IF(status = 'PENDING', 'DEAD', status) WHERE customer_id = ?")
                    .setParameter(1, id).executeUpdate();
        }
    }
}
