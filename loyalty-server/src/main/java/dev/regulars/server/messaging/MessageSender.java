package dev.regulars.server.messaging;

import java.util.List;

/** Hands messages of one channel to its provider. */
public interface MessageSender {

    Channel channel();

    /**
     * Sends each message (over one connection where the provider allows it) and tells how each went, in order.
     *
     * @return per message: the provider's id (or "" when it gives none) or the failure
     */
    List<Sent> send(List<Prepared> messages);

    /** A message ready to go: the outbox row with its unsubscribe link (null for a transactional SMS), in its language. */
    record Prepared(long id, String recipient, String language, String subject, String body, String unsubscribeUrl) {
    }

    /** How one send went: a provider id, or a failure. */
    record Sent(long id, String providerId, SendFailure failure) {

        public static Sent ok(long id, String providerId) {
            return new Sent(id, providerId == null ? "" : providerId, null);
        }

        public static Sent failed(long id, SendFailure failure) {
            return new Sent(id, null, failure);
        }
    }
}
