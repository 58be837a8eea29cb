package dev.regulars.pos.journal;

import dev.regulars.core.sync.ShiftRecord.ChainHead;
import dev.regulars.pos.journal.JournalChain.Kind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the journal's chain ({@link JournalChain}) from the first link and names every break: a link that does
 * not follow the one before, an entry gone, changed or renumbered, an entry outside the chain, a number missing
 * (receipt numbers run 1, 2, 3 without a gap), numbers given that the journal no longer holds (SQLite's own
 * counter of each table), a Z report whose kept head is not the chain's, and a head seen before (printed on a
 * Z report, kept by the server, noted from an earlier walk) that the chain no longer holds.
 */
final class ChainWalk {

    private static final Map<String, String> NUMBERS = Map.of("sale", "receipt number", "refund", "refund number",
            "shift", "shift number", "chain", "link");

    private final Connection connection;
    private final List<String> breaks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<Kind, Long> lastNumber = new EnumMap<>(Kind.class);
    private String previous = JournalChain.GENESIS;
    private int links;
    private long lastLink;
    private int firstForm;
    private long lastReceipt;
    private ChainHead anchor;
    private int expectedAt;

    private ChainWalk(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param expectedHead a head seen before, whole or its first 16 or more hex digits (lower case), or null
     */
    static ChainReport verify(Connection connection, String expectedHead) throws SQLException {
        if (expectedHead != null && !expectedHead.matches("[0-9a-fA-F]{16,64}")) {
            throw new IllegalArgumentException("a head is 16 to 64 hex digits (as a Z report prints it, or whole),"
                    + " not " + expectedHead);
        }
        expectedHead = expectedHead == null ? null : expectedHead.toLowerCase(java.util.Locale.ROOT);
        if (!chainTableThere(connection)) {
            // dropping the table is the bluntest cut of all: a break, not a journal that cannot be read
            return new ChainReport(0, JournalChain.GENESIS, List.of("the chain table is gone from the journal:"
                    + " every link of the tamper-evident chain was removed"), List.of(), null);
        }
        ChainWalk walk = new ChainWalk(connection);
        try {
            walk.links(expectedHead);
            walk.outsideTheChain();
            for (String table : List.of("sale", "refund", "shift")) {
                walk.numbering(table);
            }
            walk.counter("chain", walk.lastLink);
            walk.tail(expectedHead);
        } finally {
            for (PreparedStatement ps : walk.statements.values()) {
                ps.close();
            }
        }
        return new ChainReport(walk.links, walk.previous, walk.breaks, walk.notes, walk.anchor);
    }

    private static boolean chainTableThere(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chain'");
             java.sql.ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

        private void links(String expectedHead) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, kind, entry_id, payload_sha256, prev_hash, hash, version"
                     + " FROM chain ORDER BY seq")) {
            while (rs.next()) {
                links++;
                lastLink = rs.getLong(1);
                String hash = rs.getString(6);
                Kind kind = Kind.valueOf(rs.getString(2));
                int version = rs.getInt(7);
                String where = "link " + rs.getLong(1) + " (" + kind.label + " " + rs.getString(3) + ")";
                if (!previous.equals(rs.getString(5))) {
                    breaks.add(where + ": does not follow the link before it (a link was removed or put in)");
                }
                entry(where, kind, version, rs.getString(3), rs.getString(4));
                if (!JournalChain.link(version, rs.getString(5), kind.name(), rs.getString(3), rs.getString(4))
                        .equals(hash)) {
                    breaks.add(where + ": its hash does not match what it links");
                }
                if (kind == Kind.SHIFT && version >= 2) {
                    anchor(where, rs.getString(3), new ChainHead(hash, links, lastReceipt));
                }
                if (version == 1) {
                    firstForm++;
                }
                if (expectedHead != null && expectedAt == 0 && hash.startsWith(expectedHead)) {
                    expectedAt = links;
                }
                previous = hash;
            }
        }
    }

    /** The entry a link covers: there, unchanged, and numbered after the entries of its kind before it. */
    private void entry(String where, Kind kind, int version, String entryId, String contentHash)
            throws SQLException {
        PreparedStatement ps = statement(kind.select(version));
        ps.setString(1, entryId);
        try (ResultSet row = ps.executeQuery()) {
            if (!row.next()) {
                breaks.add(where + ": its entry is gone from the journal");
                return;
            }
            if (!JournalChain.sha256(JournalChain.content(row, version)).equals(contentHash)) {
                breaks.add(where + ": the entry was changed after it was written");
            }
            long number = row.getLong(1);
            Long before = lastNumber.put(kind, number);
            if (before != null && number <= before) {
                breaks.add(where + ": numbered " + number + " after " + before + " in the chain (entries renumbered"
                        + " or reordered)");
            }
            if (kind == Kind.SALE) {
                lastReceipt = Math.max(lastReceipt, number);
            }
        }
    }

    /** A Z report's row keeps the head its link made; the paper and the server have the same. */
    private void anchor(String where, String shiftId, ChainHead chain) throws SQLException {
        PreparedStatement ps = statement("SELECT chain_hash, chain_links, last_receipt FROM shift WHERE shift_id = ?");
        ps.setString(1, shiftId);
        try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                ChainHead kept = JournalChain.headIn(rs, 1);
                if (!chain.equals(kept)) {
                    breaks.add(where + ": the Z report says " + (kept == null ? "no head" : describe(kept))
                            + " but the chain there is " + describe(chain));
                }
            }
        }
        anchor = chain;
    }

    /** Entries the chain does not cover: written around the till, or their link removed. */
    private void outsideTheChain() throws SQLException {
        String outside = ": in the journal but not in the chain";
        query("SELECT 'sale', sale_id, '" + outside + "' FROM sale WHERE sale_id NOT IN (SELECT entry_id FROM chain"
                + " WHERE kind = 'SALE') UNION ALL SELECT 'refund', refund_id, '" + outside + "' FROM refund WHERE"
                + " refund_id NOT IN (SELECT entry_id FROM chain WHERE kind = 'REFUND')"
                + " UNION ALL SELECT 'drawer opening', drawer_open_id, '" + outside + "' FROM drawer_open WHERE"
                + " drawer_open_id NOT IN (SELECT entry_id FROM chain WHERE kind = 'DRAWER_OPEN')"
                // an open shift has no Z report yet: its Z joins the chain when it closes
                + " UNION ALL SELECT 'shift', shift_id, '" + outside + "' FROM shift WHERE payload IS NOT NULL AND"
                + " shift_id NOT IN (SELECT entry_id FROM chain WHERE kind = 'SHIFT')"
                // shifts opened from journal version 10 on (and the one open then) have their opening linked
                + " UNION ALL SELECT 'shift', shift_id, ': its opening is not in the chain' FROM shift WHERE"
                + " shift_id NOT IN (SELECT entry_id FROM chain WHERE kind = 'SHIFT_OPEN'"
                + " OR (kind = 'SHIFT' AND version = 1))",
                rs -> breaks.add(rs.getString(1) + " " + rs.getString(2) + rs.getString(3)));
    }

    /** Numbers run from 1 without a gap; SQLite's counter says which the journal gave. */
    private void numbering(String table) throws SQLException {
        String name = NUMBERS.get(table);
        long[] expected = {1};
        query("SELECT seq FROM " + table + " ORDER BY seq", rs -> {
            long number = rs.getLong(1);
            if (number > expected[0]) {
                breaks.add(range(name, expected[0], number - 1) + " missing from the journal");
            }
            expected[0] = number + 1;
        });
        counter(table, expected[0] - 1);
    }

    /** AUTOINCREMENT keeps the highest number ever given: a higher one than the journal ends at was cut off. */
    private void counter(String table, long last) throws SQLException {
        PreparedStatement ps = statement("SELECT seq FROM sqlite_sequence WHERE name = ?");
        ps.setString(1, table);
        try (ResultSet rs = ps.executeQuery()) {
            if (rs.next() && rs.getLong(1) > last) {
                breaks.add(range(NUMBERS.get(table), last + 1, rs.getLong(1)) + " given but gone: the journal ends"
                        + " at " + last + " (its newest entries were cut off)");
            }
        }
    }

    /** What the chain cannot show by itself, said plainly; and the head seen before, found or not. */
    private void tail(String expectedHead) {
        long after = links - (anchor == null ? 0 : anchor.links());
        if (after > 0) {
            notes.add(after + " record(s) after the last Z report" + (anchor == null ? " (none carries a chain head"
                    + " yet)" : " (" + describe(anchor) + ")") + " can be cut without trace unless compared with"
                    + " the server or the printed Z report");
        }
        if (firstForm > 0) {
            notes.add(firstForm + " link(s) written before journal version 10 cover the entry's payload only, not"
                    + " its receipt number, points, receipt facts or opening cash");
        }
        if (expectedHead == null) {
            return;
        }
        if (expectedAt == 0) {
            breaks.add("the expected head " + expectedHead + " is not in this journal: records up to it were cut"
                    + " off or rewritten");
        } else {
            notes.add("the expected head " + expectedHead + " is link " + expectedAt + " of " + links + "; "
                    + (links - expectedAt) + " link(s) were written after it");
        }
    }

    static String describe(ChainHead head) {
        return "link " + head.links() + ", receipt " + head.lastReceipt() + ", head " + head.shortHash();
    }

    private static String range(String name, long first, long last) {
        return first == last ? name + " " + first + " is" : name + "s " + first + " to " + last + " are";
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }
}
