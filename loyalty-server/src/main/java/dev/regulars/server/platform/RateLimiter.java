package dev.regulars.server.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
import javax.sql.DataSource;

/**
 * Fixed-window rate limits kept in the database, so every node of a cluster counts the same hits (DESIGN.md
 * section 5: nothing may depend on one node's memory). One upsert and one read a hit, outside any transaction.
 */
@ApplicationScoped
public class RateLimiter {

    @Resource(lookup = "java:global/jdbc/regulars-ids")
    private DataSource outsideTransactions;
    @Inject
    private Clock clock;

    protected RateLimiter() {
    }

    /** For a test (and a purge made outside the container): the database and the clock. */
    public RateLimiter(DataSource database, Clock clock) {
        this.outsideTransactions = database;
        this.clock = clock;
    }

    /**
     * Counts a hit on {@code bucket} and tells whether it is within {@code limit} hits per {@code window}.
     *
     * @param bucket what is limited, e.g. "rate-ip:203.0.113.7" (at most 120 characters; longer is cut)
     */
    public boolean allow(String bucket, int limit, Duration window) {
        String key = bucket.length() > 120 ? bucket.substring(0, 120) : bucket;
        Instant now = clock.instant();
        LocalDateTime nowUtc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        LocalDateTime expired = LocalDateTime.ofInstant(now.minus(window), ZoneOffset.UTC);
        try (Connection db = outsideTransactions.getConnection()) {
            db.setAutoCommit(true);
            try (PreparedStatement upsert = db.prepareStatement("INSERT INTO rate_limit (bucket, window_start, hits)"
                    + " VALUES (?, ?, 1) ON DUPLICATE KEY UPDATE hits = IF(window_start <= ?, 1, hits + 1),"
                    + " window_start = IF(window_start <= ?, ?, window_start)")) {
                upsert.setString(1, key);
                upsert.setObject(2, nowUtc);
                upsert.setObject(3, expired);
                upsert.setObject(4, expired);
                upsert.setObject(5, nowUtc);
                upsert.executeUpdate();
            }
            try (PreparedStatement read = db.prepareStatement("SELECT hits FROM rate_limit WHERE bucket = ?")) {
                read.setString(1, key);
                try (ResultSet rs = read.executeQuery()) {
                    return rs.next() && rs.getInt(1) <= limit;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count a hit on " + key + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the counters whose window started more than {@code age} ago: no limit counts over that long, and
     * the buckets name addresses and phones, which are not kept without a reason (PhoneCodePurge runs it hourly).
     *
     * @return how many counters went
     */
    public int forgetOlderThan(Duration age) {
        LocalDateTime before = LocalDateTime.ofInstant(clock.instant().minus(age), ZoneOffset.UTC);
        try (Connection db = outsideTransactions.getConnection()) {
            db.setAutoCommit(true);
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM rate_limit WHERE window_start < ?")) {
                delete.setObject(1, before);
                return delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete old rate-limit counters: " + e.getMessage(), e);
        }
    }
}
