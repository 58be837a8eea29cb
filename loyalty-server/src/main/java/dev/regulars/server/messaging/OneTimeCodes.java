package dev.regulars.server.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * One-time join codes in the outbox (customerpages' PhoneCodes queues them with dedupe keys {@code phone-code:...}):
 * once their SMS is sent or given up, the code is blanked in the stored body, so that nobody who reads the database
 * (a backup, a support query) can take a customer's card with it. The six digits become {@code ******}; the rest of
 * the row (recipient, provider id for delivery reports, status) stays. A message still waiting keeps its code: the
 * sender needs it.
 */
final class OneTimeCodes {

    /** The dedupe key prefix of PhoneCodes' messages. */
    static final String KEY_PREFIX = "phone-code:";
    /** What a code turns into; V36 wrote the same. */
    static final String BLANKED = "******";
    private static final String REDACT = "UPDATE outbox_message SET body = REGEXP_REPLACE(body, '[0-9]{6}', '"
            + BLANKED + "') WHERE dedupe_key LIKE '" + KEY_PREFIX + "%' AND status NOT IN ('PENDING', 'SENDING')";

    private OneTimeCodes() {
    }

    /** Blanks the codes of these messages, those of them that are one-time codes and done with. */
    static void redact(Connection db, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = db.prepareStatement(REDACT + " AND id IN (" + marks + ")")) {
            int p = 1;
            for (long id : ids) {
                ps.setLong(p++, id);
            }
            ps.executeUpdate();
        }
    }

    /**
     * Blanks every finished one-time code still readable: after claims that ran out were marked dead, which names
     * no ids (rare, so the range scan over the dedupe key's index is no burden).
     */
    static void redactAll(Connection db) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(REDACT + " AND body REGEXP '[0-9]{6}'")) {
            ps.executeUpdate();
        }
    }
}
