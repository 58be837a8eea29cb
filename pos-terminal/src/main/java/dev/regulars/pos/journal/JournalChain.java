package dev.regulars.pos.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The journal's tamper-evident chain: every sale, refund, Z report and opening of the cash drawer, in the order written, gets a link whose hash
 * covers the hash of the link before and the SHA-256 of the entry's stored payload, so an entry edited, removed or
 * slipped in afterwards breaks the chain from that point on (as a fiscal journal must show). Links are written in
 * the same transaction as their entry. Hashes are SHA-256 in lower-case hex.
 *
 * <p>What the chain cannot show by itself is the newest links cut off together with their entries; the count
 * and the last hash in the report are what a manager or the server compares with what they saw before.
 */
final class JournalChain {

    /** The hash before the first link. */
    static final String GENESIS = "0".repeat(64);

    enum Kind { SALE, REFUND, SHIFT, DRAWER_OPEN }

    private JournalChain() {
    }

    /** Appends the link of an entry just written, in the caller's transaction. */
    static void append(Connection connection, Kind kind, String entryId, String payload) throws SQLException {
        String previous = GENESIS;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT hash FROM chain ORDER BY seq DESC LIMIT 1")) {
            if (rs.next()) {
                previous = rs.getString(1);
            }
        }
        String payloadHash = sha256(payload);
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO chain (kind, entry_id, payload_sha256, prev_hash, hash) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, kind.name());
            ps.setString(2, entryId);
            ps.setString(3, payloadHash);
            ps.setString(4, previous);
            ps.setString(5, link(previous, kind.name(), entryId, payloadHash));
            ps.executeUpdate();
        }
    }

    /** Links every entry already in the journal, oldest first (a journal from before the chain). */
    static void linkExisting(Connection connection) throws SQLException {
        List<String[]> entries = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT 'SALE', sale_id, payload, recorded_at, seq FROM sale"
                     + " UNION ALL SELECT 'REFUND', refund_id, payload, recorded_at, seq FROM refund"
                     + " ORDER BY 4, 1 DESC, 5")) {
            while (rs.next()) {
                entries.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        for (String[] entry : entries) {
            append(connection, Kind.valueOf(entry[0]), entry[1], entry[2]);
        }
    }

    /** Walks the chain and the entries it covers; every break is named. */
    static ChainReport verify(Connection connection) throws SQLException {
        List<String> breaks = new ArrayList<>();
        String previous = GENESIS;
        int links = 0;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.seq, c.kind, c.entry_id, c.payload_sha256, c.prev_hash, c.hash,"
                     + " COALESCE(s.payload, r.payload, z.payload, d.payload) FROM chain c"
                     + " LEFT JOIN sale s ON c.kind = 'SALE' AND s.sale_id = c.entry_id"
                     + " LEFT JOIN refund r ON c.kind = 'REFUND' AND r.refund_id = c.entry_id"
                     + " LEFT JOIN shift z ON c.kind = 'SHIFT' AND z.shift_id = c.entry_id"
                     + " LEFT JOIN drawer_open d ON c.kind = 'DRAWER_OPEN' AND d.drawer_open_id = c.entry_id"
                     + " ORDER BY c.seq")) {
            while (rs.next()) {
                links++;
                String where = "link " + rs.getLong(1) + " (" + rs.getString(2).toLowerCase() + " "
                        + rs.getString(3) + ")";
                if (!previous.equals(rs.getString(5))) {
                    breaks.add(where + ": does not follow the link before it (a link was removed or put in)");
                }
                String payload = rs.getString(7);
                if (payload == null) {
                    breaks.add(where + ": its entry is gone from the journal");
                } else if (!sha256(payload).equals(rs.getString(4))) {
                    breaks.add(where + ": the entry was changed after it was written");
                }
                if (!link(rs.getString(5), rs.getString(2), rs.getString(3), rs.getString(4))
                        .equals(rs.getString(6))) {
                    breaks.add(where + ": its hash does not match what it links");
                }
                previous = rs.getString(6);
            }
        }
        for (String table : List.of("sale", "refund", "shift", "drawer_open")) {
            String id = table + "_id";
            // an open shift has no Z report yet: it joins the chain when it closes
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + id + " FROM " + table + " WHERE " + id
                         + " NOT IN (SELECT entry_id FROM chain WHERE kind = '" + table.toUpperCase() + "')"
                         + ("shift".equals(table) ? " AND payload IS NOT NULL" : ""))) {
                while (rs.next()) {
                    breaks.add(table + " " + rs.getString(1) + ": in the journal but not in the chain");
                }
            }
        }
        return new ChainReport(links, previous, breaks);
    }

    static String link(String previous, String kind, String entryId, String payloadHash) {
        return sha256(previous + "|" + kind + "|" + entryId + "|" + payloadHash);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
