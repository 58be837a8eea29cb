package dev.regulars.server.customerpages;

import dev.regulars.server.platform.RateLimiter;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Clears what the join page leaves behind: one-time codes (phone_code) whose validity ended more than
 * {@link #KEPT} ago, and the rate limits' counters whose window started more than {@link #KEPT} ago (RateLimiter).
 * A day after its expiry no code can be typed or prove anything any more (a proof lasts 30 minutes after the
 * code), and no limit of the pages counts over more than 10 minutes, so nothing that still matters goes. The phone
 * numbers in old codes are personal data the server has no reason to keep. Run hourly by CustomerPagesJobs; each
 * delete is its own statement outside any transaction, so a purge never holds the join page up.
 */
@ApplicationScoped
public class PhoneCodePurge {

    /** How long an expired code and an old counter are kept. */
    public static final Duration KEPT = Duration.ofDays(1);

    @Resource(lookup = "java:global/jdbc/regulars-ids")
    private DataSource outsideTransactions;
    @Inject
    private Clock clock;
    @Inject
    private RateLimiter limiter;

    /** What a purge deleted. */
    public record Purged(int codes, int counters) {
    }

    protected PhoneCodePurge() {
    }

    /** For a test: the database and the clock that says what "a day ago" is. */
    public PhoneCodePurge(DataSource database, Clock clock) {
        this.outsideTransactions = database;
        this.clock = clock;
        this.limiter = new RateLimiter(database, clock);
    }

    /**
     * Deletes the old codes and counters.
     *
     * @throws IllegalStateException when the database refuses
     */
    public Purged run() {
        LocalDateTime before = LocalDateTime.ofInstant(clock.instant().minus(KEPT), ZoneOffset.UTC);
        int codes;
        try (Connection db = outsideTransactions.getConnection()) {
            db.setAutoCommit(true);
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM phone_code WHERE expires_at < ?")) {
                delete.setObject(1, before);
                codes = delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete old join codes: " + e.getMessage(), e);
        }
        return new Purged(codes, limiter.forgetOlderThan(KEPT));
    }
}
