package dev.regulars.pos.journal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Turns a journal back into what an older till left, to prove the steps from there (JournalSchema) work. */
final class JournalDowngrade {

    private JournalDowngrade() {
    }

    /** Undoes every schema step above {@code version} (down to 4 at the lowest). */
    static void toVersion(Path file, int version) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
            if (version < 11) {
                // the customer cache back in the journal's file, as version 10 kept it; its own file goes
                st.execute("ATTACH DATABASE '" + JournalDb.cacheFile(file) + "' AS cache");
                CustomerTables.create(st, "main");
                st.executeUpdate("INSERT INTO main.customer_cache SELECT * FROM cache.customer_cache");
                st.executeUpdate("INSERT INTO main.card_cache SELECT * FROM cache.card_cache");
                st.execute("DETACH DATABASE cache");
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    java.nio.file.Files.deleteIfExists(Path.of(JournalDb.cacheFile(file) + suffix));
                }
            }
            if (version < 10) {
                // what a till of version 8 or 9 wrote: links of the first form only, no shift openings linked,
                // no heads kept with Z reports
                relinkInTheFirstForm(db);
                st.executeUpdate("ALTER TABLE chain DROP COLUMN version");
                for (String column : new String[] {"chain_hash", "chain_links", "last_receipt"}) {
                    st.executeUpdate("ALTER TABLE shift DROP COLUMN " + column);
                }
            }
            if (version < 9) {
                st.executeUpdate("DROP TABLE drawer_open");
            }
            if (version < 8) {
                st.executeUpdate("DROP TABLE shift");
                st.executeUpdate("DROP INDEX ix_refund_sale");
                st.executeUpdate("ALTER TABLE refund DROP COLUMN sale_id");
            }
            if (version < 7) {
                st.executeUpdate("ALTER TABLE cashier DROP COLUMN manager");
            }
            if (version < 6) {
                st.executeUpdate("DROP TABLE chain");
                st.executeUpdate("ALTER TABLE sale DROP COLUMN receipt_facts");
            }
            if (version < 5) {
                st.executeUpdate("DROP TABLE catalog_category");
                st.executeUpdate("DROP TABLE catalog_image");
                st.executeUpdate("DROP INDEX ix_catalog_barcode");
                st.executeUpdate("DROP INDEX ix_catalog_category");
                for (String column : new String[] {"vat_rate_bp", "barcode", "image_sha256", "modifier_groups",
                        "position"}) {
                    st.executeUpdate("ALTER TABLE catalog DROP COLUMN " + column);
                }
            }
            st.executeUpdate("PRAGMA user_version = " + version);
        }
    }

    /** Every link again, in order and numbered from 1, as version 1 hashed it: the entry's payload alone. */
    private static void relinkInTheFirstForm(Connection db) throws Exception {
        java.util.List<String[]> links = new java.util.ArrayList<>();
        try (Statement st = db.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                "SELECT c.kind, c.entry_id, COALESCE(s.payload, r.payload, z.payload) FROM chain c"
                        + " LEFT JOIN sale s ON c.kind = 'SALE' AND s.sale_id = c.entry_id"
                        + " LEFT JOIN refund r ON c.kind = 'REFUND' AND r.refund_id = c.entry_id"
                        + " LEFT JOIN shift z ON c.kind = 'SHIFT' AND z.shift_id = c.entry_id"
                        + " WHERE c.kind <> 'SHIFT_OPEN' ORDER BY c.seq")) {
            while (rs.next()) {
                links.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
            st.executeUpdate("DELETE FROM chain");
            st.executeUpdate("DELETE FROM sqlite_sequence WHERE name = 'chain'");
        }
        String previous = JournalChain.GENESIS;
        try (java.sql.PreparedStatement ps = db.prepareStatement(
                "INSERT INTO chain (kind, entry_id, payload_sha256, prev_hash, hash) VALUES (?, ?, ?, ?, ?)")) {
            for (String[] link : links) {
                String payloadHash = JournalChain.sha256(link[2]);
                String hash = JournalChain.link(1, previous, link[0], link[1], payloadHash);
                ps.setString(1, link[0]);
                ps.setString(2, link[1]);
                ps.setString(3, payloadHash);
                ps.setString(4, previous);
                ps.setString(5, hash);
                ps.executeUpdate();
                previous = hash;
            }
        }
    }
}
