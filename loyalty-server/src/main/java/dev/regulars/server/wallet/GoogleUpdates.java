package dev.regulars.server.wallet;

import dev.regulars.wallet.google.BalanceUpdateCoalescer;
import dev.regulars.wallet.google.GoogleLoyaltyObject;
import dev.regulars.wallet.google.LoyaltyObjectClient.UpdateResult;
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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Patches the balance of Google objects from wallet_google_update (one row a pass, the latest balance). The rows
 * go through wallet-passes' BalanceUpdateCoalescer, which gathers a burst of changes into one update and asks
 * Google to notify the phone at most 3 times a pass in 24 hours. Its quota lives in memory, so only the node that
 * holds the "wallet-google" lease (table wallet_lease, renewed at each round, free 60 s after its node stopped)
 * runs it. A row stays until its balance is patched, so a node that dies loses nothing but the quota's count;
 * 429 and 5xx are tried again after 30 s, 1, 2, 4, 8 min; 404 (the customer never saved the card) and refusals end
 * it.
 */
@ApplicationScoped
public class GoogleUpdates {

    private static final Logger LOG = Logger.getLogger(GoogleUpdates.class.getName());
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final String LEASE_NAME = "wallet-google";

    @Resource(lookup = "java:global/jdbc/regulars-ids")
    private DataSource outsideTransactions;
    @Inject
    private WalletSettings settings;
    @Inject
    private WalletSetup setup;
    @Inject
    private GoogleWallet google;
    @Inject
    private Clock clock;
    private final String node = UUID.randomUUID().toString();
    private BalanceUpdateCoalescer coalescer;

    /** Patches what is due; returns how many objects Google updated. */
    public synchronized int sendDue() {
        if (!setup.googleUsable()) {
            return 0; // WalletSetup logged why at startup; the updates wait for a server with usable settings
        }
        int updated = 0;
        try (Connection db = outsideTransactions.getConnection()) {
            db.setAutoCommit(true);
            Instant now = clock.instant();
            if (!holdLease(db, now)) {
                return 0;
            }
            if (!settings.googleUpdatesEnabled()) {
                try (PreparedStatement ps = db.prepareStatement("DELETE FROM wallet_google_update WHERE"
                        + " next_attempt_at <= ?")) {
                    ps.setObject(1, WalletPasses.utc(now));
                    int dropped = ps.executeUpdate();
                    if (dropped > 0) {
                        LOG.info(dropped + " Google Wallet updates not sent: they are off"
                                + " (regulars.wallet.google.updates-enabled=false)");
                    }
                }
                return 0;
            }
            if (coalescer == null) {
                coalescer = new BalanceUpdateCoalescer(clock, Duration.ofSeconds(settings.settleSeconds()));
            }
            Map<String, String> serialOf = new HashMap<>();
            Map<String, Integer> attemptsOf = new HashMap<>();
            Map<String, Integer> voided = new HashMap<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT serial_number, points, attempts, voided FROM"
                    + " wallet_google_update WHERE next_attempt_at <= ? ORDER BY next_attempt_at LIMIT 1000")) {
                ps.setObject(1, WalletPasses.utc(now));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(4)) {
                            voided.put(rs.getString(1), rs.getInt(3));
                            continue;
                        }
                        String objectId = google.objectId(rs.getString(1));
                        serialOf.put(objectId, rs.getString(1));
                        attemptsOf.put(objectId, rs.getInt(3));
                        coalescer.offer(objectId, rs.getLong(2));
                    }
                }
            }
            for (Map.Entry<String, Integer> retired : voided.entrySet()) {
                updated += retire(db, retired.getKey(), retired.getValue());
            }
            for (BalanceUpdateCoalescer.BalanceUpdate update : coalescer.due()) {
                String serial = serialOf.get(update.objectId());
                if (serial == null) {
                    continue; // offered in an earlier round and since taken by another node's lease
                }
                UpdateResult result = google.client().patchBalance(update.objectId(), update.points(),
                        GoogleWallet.POINTS_LABEL, update.notifyPhone());
                int attempts = attemptsOf.get(update.objectId()) + 1;
                if (result.outcome() == UpdateResult.Outcome.RETRY_LATER && attempts < ApnsPushes.MAX_ATTEMPTS) {
                    Duration wait = Duration.ofSeconds(30L << Math.min(attempts - 1, 10));
                    try (PreparedStatement ps = db.prepareStatement("UPDATE wallet_google_update SET attempts = ?,"
                            + " next_attempt_at = ? WHERE serial_number = ? AND points = ? AND NOT voided")) {
                        ps.setInt(1, attempts);
                        ps.setObject(2, WalletPasses.utc(clock.instant().plus(wait)));
                        ps.setString(3, serial);
                        ps.setLong(4, update.points());
                        ps.executeUpdate();
                    }
                    continue;
                }
                if (result.outcome() == UpdateResult.Outcome.UPDATED) {
                    updated++;
                } else if (result.outcome() != UpdateResult.Outcome.NOT_FOUND) {
                    LOG.warning("a Google Wallet update was given up: " + result.status() + " " + result.message());
                }
                // a newer balance that arrived meanwhile keeps its row
                try (PreparedStatement ps = db.prepareStatement("DELETE FROM wallet_google_update WHERE"
                        + " serial_number = ? AND points = ? AND NOT voided")) {
                    ps.setString(1, serial);
                    ps.setLong(2, update.points());
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the Google Wallet updates could not be read: " + e.getMessage(), e);
        }
        return updated;
    }

    /**
     * Retires the Google object of an erased customer's pass (GoogleLoyaltyObject#voidedPatch), past the
     * coalescer: it is no balance and takes no notification quota. Tried again as a balance is.
     *
     * @return 1 when Google changed it
     */
    private int retire(Connection db, String serial, int attemptsBefore) throws SQLException {
        UpdateResult result = google.client().patch(google.objectId(serial),
                GoogleLoyaltyObject.voidedPatch(GoogleWallet.POINTS_LABEL));
        int attempts = attemptsBefore + 1;
        if (result.outcome() == UpdateResult.Outcome.RETRY_LATER && attempts < ApnsPushes.MAX_ATTEMPTS) {
            try (PreparedStatement ps = db.prepareStatement("UPDATE wallet_google_update SET attempts = ?,"
                    + " next_attempt_at = ? WHERE serial_number = ? AND voided")) {
                ps.setInt(1, attempts);
                ps.setObject(2, WalletPasses.utc(clock.instant().plus(Duration.ofSeconds(30L << (attempts - 1)))));
                ps.setString(3, serial);
                ps.executeUpdate();
            }
            return 0;
        }
        if (result.outcome() != UpdateResult.Outcome.UPDATED && result.outcome() != UpdateResult.Outcome.NOT_FOUND) {
            LOG.warning("a voided Google Wallet card was not retired: " + result.status() + " " + result.message());
        }
        try (PreparedStatement ps = db.prepareStatement("DELETE FROM wallet_google_update WHERE serial_number = ?"
                + " AND voided")) {
            ps.setString(1, serial);
            ps.executeUpdate();
        }
        return result.outcome() == UpdateResult.Outcome.UPDATED ? 1 : 0;
    }

    private boolean holdLease(Connection db, Instant now) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO wallet_lease (name, holder, until_at)"
                + " VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE holder = IF(holder = VALUES(holder) OR until_at < ?,"
                + " VALUES(holder), holder), until_at = IF(holder = VALUES(holder), VALUES(until_at), until_at)")) {
            ps.setString(1, LEASE_NAME);
            ps.setString(2, node);
            ps.setObject(3, WalletPasses.utc(now.plus(LEASE)));
            ps.setObject(4, WalletPasses.utc(now));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = db.prepareStatement("SELECT holder FROM wallet_lease WHERE name = ?")) {
            ps.setString(1, LEASE_NAME);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && node.equals(rs.getString(1));
            }
        }
    }
}
