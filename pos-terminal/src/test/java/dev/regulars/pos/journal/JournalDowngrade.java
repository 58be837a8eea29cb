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
}
