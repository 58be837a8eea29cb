package dev.regulars.server.messaging;

import dev.regulars.server.customers.CustomerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * One click on a message's unsubscribe link withdraws the customer's consent for that message's channel, recorded
 * with the time and where it came from; the dispatcher checks consent before every send, so it holds at once, for
 * every campaign and for messages already queued.
 */
@ApplicationScoped
public class Unsubscribes {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CustomerDirectory customers;
    @Inject
    private Clock clock;

    /**
     * @param token the 32 hex characters of the link
     * @return the language of the message, for the answer; empty when no message has this token
     */
    @Transactional
    public Optional<String> unsubscribe(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        Optional<OutboxMessage> message = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.unsubscribeToken = :t",
                OutboxMessage.class).setParameter("t", token).getResultStream().findFirst();
        message.filter(m -> m.customerId() != null)
                .flatMap(m -> customers.byId(m.businessId(), m.customerId()))
                .ifPresent(c -> customers.recordConsent(c, message.get().channel().name(), false, clock.instant(),
                        "unsubscribe link in a message"));
        return message.map(OutboxMessage::language);
    }
}
