package dev.regulars.server.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends what the outbox holds, channel by channel: claims a chunk of due messages (one UPDATE, committed, so no
 * other node takes them), sends them, and records each result. A temporary failure is tried again with exponential
 * backoff (30 s, 1, 2, 4, 8 min, then given up as dead); a permanent one is dead at once, with the reason. A message
 * whose customer withdrew consent for the channel since it was queued is not sent. Messages a node claimed but never
 * reported (it died while sending) are marked dead, not sent again: a message reaches a customer at most once.
 * Chunks are pipelined: one is sent on the dispatcher's own thread while this one claims the next and records the
 * last (a node that dies may so leave two chunks claimed and unreported: both end dead, none is sent twice).
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    static final int MAX_ATTEMPTS = 6;
    private static final int CHUNK = 500;
    private static final Duration CLAIM = Duration.ofMinutes(5);

    @Resource(lookup = "java:global/jdbc/regulars-ids")
    private DataSource outsideTransactions;
    @Inject
    private Instance<MessageSender> senders;
    @Inject
    private MessagingSettings settings;
    @Inject
    private Clock clock;
    @Resource
    private ManagedThreadFactory threads;
    private ExecutorService sendingThread;

    /** What one round sent, per outcome. */
    public record Round(int sent, int retried, int dead) {
    }

    /**
     * Sends the due messages of every channel, at most {@code seconds} worth of each channel's rate.
     *
     * @param seconds how long until the next round: the budget of this one
     */
    public Round dispatchDue(int seconds) {
        int sent = 0;
        int retried = 0;
        int dead = 0;
        try (Connection db = outsideTransactions.getConnection()) {
            db.setAutoCommit(true);
            dead += giveUpAbandoned(db);
            for (MessageSender sender : senders) {
                int budget = Math.max(0, settings.perSecond(sender.channel()) * seconds);
                if (sender.channel() == Channel.PUSH) {
                    budget = CHUNK; // a pass update each, made here: APNs pushes go out with the Wallet job
                }
                // pipelined: while one chunk is on its way, the next is claimed and checked and the one before
                // recorded, so the database's share of a round hides behind the sending
                List<Claimed> chunk = budget > 0 ? claim(db, sender.channel(), Math.min(CHUNK, budget)) : List.of();
                budget -= chunk.size();
                Batch sending = chunk.isEmpty() ? null : prepare(db, sender, chunk);
                Future<List<MessageSender.Sent>> onItsWay = sending == null ? null : send(sender, sending);
                while (sending != null) {
                    List<Claimed> following = budget > 0
                            ? claim(db, sender.channel(), Math.min(CHUNK, budget)) : List.of();
                    budget -= following.size();
                    Batch next = following.isEmpty() ? null : prepare(db, sender, following);
                    List<MessageSender.Sent> results = outcome(sender, sending, onItsWay);
                    onItsWay = next == null ? null : send(sender, next);
                    Round round = record(db, sender, sending, results);
                    sent += round.sent();
                    retried += round.retried();
                    dead += round.dead();
                    sending = next;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be read: " + e.getMessage(), e);
        }
        return new Round(sent, retried, dead);
    }

    private record Claimed(long id, String customerId, String recipient, String language, String subject, String body,
                           String unsubscribeToken, int attempts) {
    }

    private List<Claimed> claim(Connection db, Channel channel, int limit) throws SQLException {
        String claimId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        try (PreparedStatement ps = db.prepareStatement("UPDATE outbox_message SET status = 'SENDING',"
                + " claimed_by = ?, claimed_until = ?, attempts = attempts + 1 WHERE status = 'PENDING'"
                + " AND channel = ? AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?")) {
            ps.setString(1, claimId);
            ps.setObject(2, utc(now.plus(CLAIM)));
            ps.setString(3, channel.name());
            ps.setObject(4, utc(now));
            ps.setInt(5, limit);
            if (ps.executeUpdate() == 0) {
                return List.of();
            }
        }
        List<Claimed> claimed = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT id, customer_id, recipient, language, subject, body,"
                + " unsubscribe_token, attempts FROM outbox_message WHERE claimed_by = ? AND status = 'SENDING'"
                + " ORDER BY id")) {
            ps.setString(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8)));
                }
            }
        }
        return claimed;
    }

    /** A claimed chunk ready to go: what is sent, and what was refused for want of consent (already dead). */
    private record Batch(Map<Long, Claimed> byId, List<MessageSender.Prepared> toSend, int refused) {
    }

    private Batch prepare(Connection db, MessageSender sender, List<Claimed> chunk) throws SQLException {
        Set<String> withdrawn = withoutConsent(db, sender.channel(), chunk);
        Map<Long, Claimed> byId = new HashMap<>();
        List<MessageSender.Prepared> toSend = new ArrayList<>();
        List<Long> refused = new ArrayList<>();
        for (Claimed c : chunk) {
            byId.put(c.id(), c);
            if (c.customerId() != null && withdrawn.contains(c.customerId())) {
                refused.add(c.id());
            } else {
                // an SMS to no customer is transactional (a sign-in code): there is no consent to withdraw, and a
                // link that withdraws nothing would not be one that works
                boolean transactional = c.customerId() == null && sender.channel() == Channel.SMS;
                toSend.add(new MessageSender.Prepared(c.id(), c.recipient(), c.language(), c.subject(), c.body(),
                        transactional ? null : settings.publicUrl() + "/u/" + c.unsubscribeToken()));
            }
        }
        for (long id : refused) {
            dead(db, id, "no consent for " + sender.channel() + ": the customer unsubscribed or never agreed");
        }
        return new Batch(byId, toSend, refused.size());
    }

    /** Sends on the dispatcher's own thread, so this one can meanwhile claim and record. */
    private Future<List<MessageSender.Sent>> send(MessageSender sender, Batch batch) {
        return sending().submit(() -> batch.toSend().isEmpty() ? List.of() : sender.send(batch.toSend()));
    }

    /** The results of a batch; a fault of ours midway fails all of it for good (some may have gone out). */
    private static List<MessageSender.Sent> outcome(MessageSender sender, Batch batch,
                                                    Future<List<MessageSender.Sent>> onItsWay) {
        try {
            return onItsWay.get();
        } catch (ExecutionException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            LOG.log(java.util.logging.Level.SEVERE, "the " + sender.channel() + " sender failed", cause);
            SendFailure failure = new SendFailure("the server failed while sending it (" + cause
                    + "); not tried again, as it may have gone out", true, cause);
            return batch.toSend().stream().map(m -> MessageSender.Sent.failed(m.id(), failure)).toList();
        }
    }

    private synchronized ExecutorService sending() {
        if (sendingThread == null) {
            sendingThread = Executors.newSingleThreadExecutor(threads);
        }
        return sendingThread;
    }

    @PreDestroy
    void stop() {
        if (sendingThread != null) {
            sendingThread.shutdownNow();
        }
    }

    private Round record(Connection db, MessageSender sender, Batch batch, List<MessageSender.Sent> results)
            throws SQLException {
        Map<Long, Claimed> byId = batch.byId();
        Instant now = clock.instant();
        int sent = 0;
        int retried = 0;
        int dead = batch.refused();
        List<MessageSender.Sent> delivered = new ArrayList<>();
        for (MessageSender.Sent result : results) {
            if (result.failure() == null) {
                delivered.add(result);
                sent++;
            } else if (result.failure().isPermanent() || byId.get(result.id()).attempts() >= MAX_ATTEMPTS) {
                dead(db, result.id(), result.failure().getMessage());
                dead++;
            } else {
                retryLater(db, result.id(), byId.get(result.id()).attempts(), result.failure().getMessage(), now);
                retried++;
            }
        }
        markSent(db, delivered, now, sender.channel() == Channel.SMS);
        if (sender.channel() == Channel.SMS) {
            // the ones tried again are PENDING and keep their code; the rest are done with it
            OneTimeCodes.redact(db, results.stream().map(MessageSender.Sent::id).toList());
        }
        return new Round(sent, retried, dead);
    }

    /**
     * One statement for the chunk's sent messages; with their provider's ids where delivery reports name messages
     * by them (SMS gateways). An e-mail's Message-ID is not kept: nothing reports back by it, so a chunk of e-mails
     * is marked by one short statement instead of a join over 500 rows of values.
     */
    private static void markSent(Connection db, List<MessageSender.Sent> delivered, Instant now, boolean withIds)
            throws SQLException {
        if (delivered.isEmpty()) {
            return;
        }
        if (!withIds) {
            String marks = String.join(",", java.util.Collections.nCopies(delivered.size(), "?"));
            try (PreparedStatement ps = db.prepareStatement("UPDATE outbox_message SET status = 'SENT', sent_at = ?,"
                    + " claimed_by = NULL, claimed_until = NULL, last_error = NULL WHERE id IN (" + marks + ")")) {
                ps.setObject(1, utc(now));
                int p = 2;
                for (MessageSender.Sent result : delivered) {
                    ps.setLong(p++, result.id());
                }
                ps.executeUpdate();
            }
            return;
        }
        String rows = String.join(" UNION ALL ", java.util.Collections.nCopies(delivered.size(), "SELECT ? AS id,"
                + " ? AS provider_id"));
        try (PreparedStatement ps = db.prepareStatement("UPDATE outbox_message o JOIN (" + rows + ") v ON o.id = v.id"
                + " SET o.status = 'SENT', o.sent_at = ?, o.provider_id = v.provider_id, o.claimed_by = NULL,"
                + " o.claimed_until = NULL, o.last_error = NULL")) {
            int p = 1;
            for (MessageSender.Sent result : delivered) {
                ps.setLong(p++, result.id());
                ps.setString(p++, cut(result.providerId(), 100));
            }
            ps.setObject(p, utc(now));
            ps.executeUpdate();
        }
    }

    /** Customers of these messages who have not (or no longer) agreed to this channel. */
    private Set<String> withoutConsent(Connection db, Channel channel, List<Claimed> chunk) throws SQLException {
        Set<String> ids = new HashSet<>();
        chunk.stream().map(Claimed::customerId).filter(id -> id != null).forEach(ids::add);
        Set<String> granted = new HashSet<>();
        if (!ids.isEmpty()) {
            String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement ps = db.prepareStatement("SELECT customer_id FROM customer_consent WHERE channel = ?"
                    + " AND granted AND customer_id IN (" + marks + ")")) {
                ps.setString(1, channel.name());
                int i = 2;
                for (String id : ids) {
                    ps.setString(i++, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        granted.add(rs.getString(1));
                    }
                }
            }
        }
        ids.removeAll(granted);
        return ids;
    }

    private void retryLater(Connection db, long id, int attempts, String error, Instant now) throws SQLException {
        Duration wait = Duration.ofSeconds(30L << Math.min(attempts - 1, 10));
        try (PreparedStatement ps = db.prepareStatement("UPDATE outbox_message SET status = 'PENDING',"
                + " next_attempt_at = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ?")) {
            ps.setObject(1, utc(now.plus(wait)));
            ps.setString(2, cut(error, 500));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    private static void dead(Connection db, long id, String reason) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("UPDATE outbox_message SET status = 'DEAD', last_error = ?,"
                + " claimed_by = NULL, claimed_until = NULL WHERE id = ?")) {
            ps.setString(1, cut(reason, 500));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Claims that ran out: the node that had them stopped while sending; at most once means not again. */
    private int giveUpAbandoned(Connection db) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("UPDATE outbox_message SET status = 'DEAD', last_error ="
                + " 'the server stopped while sending it; not sent again, so that it reaches the customer at most"
                + " once', claimed_by = NULL WHERE status = 'SENDING' AND claimed_until < ?")) {
            ps.setObject(1, utc(clock.instant()));
            int n = ps.executeUpdate();
            if (n > 0) {
                LOG.warning(n + " messages were being sent by a server that stopped; marked dead, not sent again");
                OneTimeCodes.redactAll(db);
            }
            return n;
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.length() > max ? text.substring(0, max) : text;
    }
}
