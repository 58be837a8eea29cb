package dev.regulars.server.it;

import dev.regulars.server.platform.Secrets;
import dev.regulars.server.stores.TerminalRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * Direct database access for what the server has no endpoint for yet (issuing pairing codes and revoking tills
 * belong to the admin) and for checking what the server stored.
 */
final class ServerFixture {

    private ServerFixture() {
    }

    /**
     * A fresh one-time pairing code for the demo store, valid for an hour. The demo's store is the first made: other
     * classes add stores of their own (FiguresIT), which have no till staff.
     */
    static String issuePairingCode() throws Exception {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        try (Connection db = TestDatabase.connect();
             PreparedStatement ps = db.prepareStatement(
                     "INSERT INTO pairing_code (code_hash, store_id, expires_at) SELECT ?, id, ? FROM store"
                             + " ORDER BY created_at, id LIMIT 1")) {
            ps.setString(1, Secrets.sha256Hex(TerminalRegistry.normalizeCode(code)));
            ps.setObject(2, LocalDateTime.ofInstant(Instant.now().plus(1, ChronoUnit.HOURS), ZoneOffset.UTC));
            ps.executeUpdate();
        }
        return code;
    }

    static void revoke(UUID terminalId) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement ps = db.prepareStatement("UPDATE terminal SET revoked_at = NOW(6) WHERE id = ?")) {
            ps.setString(1, terminalId.toString());
            ps.executeUpdate();
        }
    }

    static long count(String sql, Object... params) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static int update(String sql) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement ps = db.prepareStatement(sql)) {
            return ps.executeUpdate();
        }
    }

    static String text(String sql) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement ps = db.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Customers whose materialized balance differs from the sum of their ledger entries. */
    static long balancesThatDisagreeWithTheLedger() throws SQLException {
        return count("SELECT COUNT(*) FROM customer c WHERE c.points_balance <>"
                + " (SELECT COALESCE(SUM(e.points), 0) FROM ledger_entry e WHERE e.customer_id = c.id)");
    }

    static long ledgerSum(UUID customerId) throws SQLException {
        return count("SELECT COALESCE(SUM(points), 0) FROM ledger_entry WHERE customer_id = ?", customerId.toString());
    }
}
