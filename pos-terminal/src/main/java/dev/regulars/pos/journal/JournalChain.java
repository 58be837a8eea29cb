package dev.regulars.pos.journal;

import dev.regulars.core.sync.ShiftRecord.ChainHead;
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
 * The journal's tamper-evident chain: every sale, refund, shift opening, Z report and opening of the cash drawer,
 * in the order written, gets a link whose hash covers the hash of the link before and the SHA-256 of the entry's
 * content, so an entry edited, removed or slipped in afterwards breaks the chain from that point on (as a fiscal
 * journal must show). Links are written in the same transaction as their entry. Hashes are SHA-256 in lower-case
 * hex. {@link ChainWalk} checks it.
 *
 * <p>Two forms of link, told apart by the link's {@code version} (which its hash covers too):
 * <ul>
 * <li>version 1 (journal versions 6 to 9): the content is the entry's wire payload alone; links written then keep
 * this form for good, so a journal upgraded stays verifiable;</li>
 * <li>version 2 (journal version 10 on): the content is every stored column that matters for money, points or the
 * record's place: the receipt number, the payload, the customer's phone hash, points redeemed and earned, what the
 * receipt said ({@code receipt_facts}), the opening cash and the numbers a shift starts after (see {@link Kind}).
 * Shift openings are linked too, so the opening cash is covered while the shift is open.</li>
 * </ul>
 * A Z report's link also anchors the chain: the shift's row keeps the head with that link in it (hash, links,
 * last receipt number), the Z report prints its short form and the server keeps it, so records cut off the end
 * show against the paper or the server. Records after the last Z report have no such anchor.
 */
final class JournalChain {

    /** The hash before the first link. */
    static final String GENESIS = "0".repeat(64);
    /** The form new links are written in. */
    static final int VERSION = 2;

    /** What a link stands for: its table, and the columns its content covers in each version. */
    enum Kind {
        SALE("sale", "sale", "sale_id",
                "seq, sale_id, payload, phone_hmac, points_redeemed, points_earned, recorded_at, receipt_facts"),
        REFUND("refund", "refund", "refund_id", "seq, refund_id, payload, recorded_at, sale_id"),
        SHIFT("shift", "shift", "shift_id", "seq, shift_id, opened_at, opened_by, opening_cash, after_sale,"
                + " after_refund, closed_at, payload"),
        SHIFT_OPEN("shift opening", "shift", "shift_id",
                "seq, shift_id, opened_at, opened_by, opening_cash, after_sale, after_refund"),
        /** An opening of the cash drawer (a no-sale, or the kick at a shift's opening or Z report): shops audit them. */
        DRAWER_OPEN("drawer opening", "drawer_open", "drawer_open_id",
                "seq, drawer_open_id, payload, opened_at, cashier_id, reason, shift_id");

        final String label;
        final String table;
        final String idColumn;
        final String columns;

        Kind(String label, String table, String idColumn, String columns) {
            this.label = label;
            this.table = table;
            this.idColumn = idColumn;
            this.columns = columns;
        }

        /** The entry's number column and the columns hashed, in this order, for a link of {@code version}. */
        String select(int version) {
            return "SELECT seq, " + (version == 1 ? "payload" : columns) + " FROM " + table + " WHERE " + idColumn
                    + " = ?" + (version == 1 && this != SALE && this != REFUND ? " AND payload IS NOT NULL" : "");
        }
    }

    private JournalChain() {
    }

    /** Appends the link (current form) of an entry just written, in the caller's transaction; returns its hash. */
    static String append(Connection connection, Kind kind, String entryId) throws SQLException {
        String previous = head(connection);
        String contentHash;
        try (PreparedStatement ps = connection.prepareStatement(kind.select(VERSION))) {
            ps.setString(1, entryId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no " + kind.label + " " + entryId + " to chain");
                }
                contentHash = sha256(content(rs, VERSION));
            }
        }
        String hash = link(VERSION, previous, kind.name(), entryId, contentHash);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO chain (kind, entry_id, payload_sha256,"
                + " prev_hash, hash, version) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, kind.name());
            ps.setString(2, entryId);
            ps.setString(3, contentHash);
            ps.setString(4, previous);
            ps.setString(5, hash);
            ps.setInt(6, VERSION);
            ps.executeUpdate();
        }
        return hash;
    }

    /**
     * Appends a closed shift's Z report link and keeps the chain's head with it in the shift's row, in the
     * caller's transaction; returns that head, for the paper and the server.
     */
    static ChainHead appendZ(Connection connection, String shiftId) throws SQLException {
        String hash = append(connection, Kind.SHIFT, shiftId);
        ChainHead head;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM chain),"
                     + " (SELECT COALESCE(MAX(seq), 0) FROM sale)")) {
            head = new ChainHead(hash, rs.getLong(1), rs.getLong(2));
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE shift SET chain_hash = ?, chain_links = ?, last_receipt = ? WHERE shift_id = ?")) {
            ps.setString(1, head.hash());
            ps.setLong(2, head.links());
            ps.setLong(3, head.lastReceipt());
            ps.setString(4, shiftId);
            ps.executeUpdate();
        }
        return head;
    }

    /** The head a closed shift's row keeps (columns chain_hash, chain_links, last_receipt from {@code first}). */
    static ChainHead headIn(ResultSet rs, int first) throws SQLException {
        String hash = rs.getString(first);
        return hash == null ? null : new ChainHead(hash, rs.getLong(first + 1), rs.getLong(first + 2));
    }

    /**
     * Links every sale and refund already in the journal, oldest first, in the first form (a journal from before
     * the chain, at the step to journal version 6: the chain has no version column yet).
     */
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
            String previous = head(connection);
            String payloadHash = sha256(entry[2]);
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO chain (kind, entry_id, payload_sha256, prev_hash, hash) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, entry[0]);
                ps.setString(2, entry[1]);
                ps.setString(3, payloadHash);
                ps.setString(4, previous);
                ps.setString(5, link(1, previous, entry[0], entry[1], payloadHash));
                ps.executeUpdate();
            }
        }
    }

    private static String head(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT hash FROM chain ORDER BY seq DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : GENESIS;
        }
    }

    /**
     * The content a link covers, from a row selected by {@link Kind#select}: version 1 the payload as stored;
     * version 2 every column by name, each value with its length, so no two rows give the same text.
     */
    static String content(ResultSet rs, int version) throws SQLException {
        if (version == 1) {
            return rs.getString(2);
        }
        StringBuilder text = new StringBuilder();
        var meta = rs.getMetaData();
        for (int i = 2; i <= meta.getColumnCount(); i++) {
            String value = rs.getString(i);
            text.append(meta.getColumnName(i)).append(value == null ? "=null\n"
                    : ":" + value.length() + ":" + value + "\n");
        }
        return text.toString();
    }

    /** A link's hash; the second form names its version, so a link cannot pass for the other form. */
    static String link(int version, String previous, String kind, String entryId, String contentHash) {
        String linked = previous + "|" + kind + "|" + entryId + "|" + contentHash;
        return sha256(version == 1 ? linked : "v" + version + "|" + linked);
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
