package dev.regulars.server.messaging;

import dev.regulars.server.platform.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

/** Queues messages for the dispatcher, in the caller's transaction. */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;

    /**
     * A message to send.
     *
     * @param dedupeKey what makes it one message: the same key is queued once, e.g. "run:42:customer:&lt;id&gt;"
     * @param language  en, ru or nl: the unsubscribe line and page follow it
     */
    public record Draft(String businessId, String customerId, Channel channel, String recipient, String language,
                        String subject, String body, String dedupeKey) {
    }

    /** @return true when queued now, false when a message with its key was queued before */
    public boolean enqueue(Draft d) {
        return em.createNativeQuery("INSERT IGNORE INTO outbox_message (business_id, customer_id, channel, recipient,"
                        + " language, subject, body, dedupe_key, unsubscribe_token, status, next_attempt_at,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)")
                .setParameter(1, d.businessId()).setParameter(2, d.customerId()).setParameter(3, d.channel().name())
                .setParameter(4, d.recipient()).setParameter(5, d.language()).setParameter(6, d.subject())
                .setParameter(7, d.body()).setParameter(8, d.dedupeKey()).setParameter(9, newToken())
                .setParameter(10, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(11, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    /**
     * The business's messages, newest first, or only the dead ones: what the admin's Messages page lists, a page at
     * a time in the order of ix_outbox_business (queued time, then id).
     *
     * @param before the last message of the page before (null: the newest)
     */
    public List<OutboxMessage> latest(String businessId, boolean deadOnly, OutboxMessage before, int limit) {
        var query = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.businessId = :b"
                        + (deadOnly ? " AND m.status = :dead" : "")
                        + (before == null ? "" : " AND (m.createdAt < :at OR (m.createdAt = :at AND m.id < :id))")
                        + " ORDER BY m.createdAt DESC, m.id DESC", OutboxMessage.class)
                .setParameter("b", businessId);
        if (deadOnly) {
            query.setParameter("dead", OutboxMessage.Status.DEAD);
        }
        if (before != null) {
            query.setParameter("at", before.createdAt()).setParameter("id", before.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** A message of the business, for paging from it. */
    public java.util.Optional<OutboxMessage> find(String businessId, long id) {
        OutboxMessage m = em.find(OutboxMessage.class, id);
        return m == null || !m.businessId().equals(businessId) ? java.util.Optional.empty() : java.util.Optional.of(m);
    }

    /** 128 random bits, hex: the message's unsubscribe link. */
    static String newToken() {
        return HexFormat.of().formatHex(java.util.Base64.getDecoder().decode(Secrets.newKeyBase64())).substring(0, 32);
    }
}
