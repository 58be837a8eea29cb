package dev.regulars.server.staff;

import dev.regulars.server.platform.InstantConverter;
import dev.regulars.server.platform.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Logins to the admin, kept in the database (staff_login) rather than in one node's memory: a token is good on
 * every node until it has been idle for {@link #IDLE} or its holder logs out, and only while the account is active.
 * Only the token's SHA-256 is stored, so the table does not let anyone log in.
 */
@ApplicationScoped
public class StaffLogins {

    /** A login ends after this long without a request (the admin's former session timeout). */
    public static final Duration IDLE = Duration.ofMinutes(60);
    /** How often a login in use has its expiry moved on: at most one write a minute per login. */
    private static final Duration TOUCH = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;

    /** Who a token belongs to: the account's e-mail (the caller name) and its role now. */
    public record LoggedIn(String email, StaffRole role) {
    }

    /**
     * Starts a login for the active account with this e-mail.
     *
     * @return the token for the cookie; empty when there is no such active account
     */
    @Transactional
    public Optional<String> begin(String email) {
        Instant now = clock.instant();
        List<?> ids = em.createNativeQuery("SELECT id FROM staff_user WHERE email = ? AND deactivated_at IS NULL")
                .setParameter(1, email).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        String token = Secrets.newToken();
        em.createNativeQuery("INSERT INTO staff_login (token_hash, staff_id, created_at, last_seen_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, Secrets.sha256Hex(token)).setParameter(2, ids.get(0)).setParameter(3, db(now))
                .setParameter(4, db(now)).setParameter(5, db(now.plus(IDLE))).executeUpdate();
        // logins nobody ended: a few go with each new one, so the table stays small without a job
        em.createNativeQuery("DELETE FROM staff_login WHERE expires_at < ? LIMIT 100").setParameter(1, db(now))
                .executeUpdate();
        return Optional.of(token);
    }

    /** The login this token stands for, if it has not expired and its account is active; keeps it alive. */
    @Transactional
    public Optional<LoggedIn> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.email, u.role, l.last_seen_at FROM staff_login l"
                        + " JOIN staff_user u ON u.id = l.staff_id WHERE l.token_hash = ? AND l.expires_at > ?"
                        + " AND u.deactivated_at IS NULL")
                .setParameter(1, Secrets.sha256Hex(token)).setParameter(2, db(now)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        Instant seen = dev.regulars.server.platform.NativeValues.instant(row[2]);
        if (seen.plus(TOUCH).isBefore(now)) {
            em.createNativeQuery("UPDATE staff_login SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?")
                    .setParameter(1, db(now)).setParameter(2, db(now.plus(IDLE)))
                    .setParameter(3, Secrets.sha256Hex(token)).executeUpdate();
        }
        return Optional.of(new LoggedIn((String) row[0], StaffRole.valueOf((String) row[1])));
    }

    /** Ends the login of this token, on every node. */
    @Transactional
    public void end(String token) {
        if (token != null) {
            em.createNativeQuery("DELETE FROM staff_login WHERE token_hash = ?")
                    .setParameter(1, Secrets.sha256Hex(token)).executeUpdate();
        }
    }

    private static LocalDateTime db(Instant instant) {
        return new InstantConverter().convertToDatabaseColumn(instant);
    }
}
