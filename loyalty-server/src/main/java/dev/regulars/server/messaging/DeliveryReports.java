package dev.regulars.server.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** What a provider reports after taking a message: delivered, or not deliverable. */
@ApplicationScoped
public class DeliveryReports {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @jakarta.inject.Inject
    private Clock clock;

    /** @return false when no SMS that was sent has this id */
    @Transactional
    public boolean record(long messageId, boolean delivered, String error) {
        String reason = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        return em.createNativeQuery("UPDATE outbox_message SET status = ?, delivered_at = ?, last_error ="
                        + " COALESCE(?, last_error) WHERE id = ? AND channel = 'SMS' AND status IN ('SENT', 'DELIVERED',"
                        + " 'FAILED')")
                .setParameter(1, delivered ? "DELIVERED" : "FAILED")
                .setParameter(2, delivered ? LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC) : null)
                .setParameter(3, delivered ? null : reason).setParameter(4, messageId)
                .executeUpdate() == 1;
    }
}
