package dev.regulars.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A million customers and ten million ledger entries do not fit the 128 MB InnoDB buffer pool of a default MariaDB;
 * a production server is sized to hold its working set, so the benchmark grows the pool for its run (when it may)
 * and puts the old size back afterwards. It also reads the indexes that sync ingest and lookups touch at random into
 * the pool first: a server that has run for a while has them there, and a cold pool measures the disk instead.
 */
final class BufferPool {

    static final long BENCH_BYTES = 4L * 1024 * 1024 * 1024;
    /**
     * How the benchmark's own MariaDB is started: the working set in the pool from the start (grown at run time,
     * InnoDB keeps a page hash sized for the old pool and spends its time walking its chains), and a redo log
     * large enough that a minute of sync does not force checkpoints.
     */
    static final List<String> SERVER_OPTIONS = List.of("--innodb-buffer-pool-size=" + BENCH_BYTES,
            "--innodb-log-file-size=1073741824");

    private BufferPool() {
    }

    static long current(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT @@innodb_buffer_pool_size")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** @return the size before, to restore */
    static long atLeast(Connection db, long bytes) throws SQLException {
        long before = current(db);
        if (before < bytes) {
            try (Statement st = db.createStatement()) {
                st.execute("SET GLOBAL innodb_buffer_pool_size = " + bytes);
            } catch (SQLException notAllowed) {
                System.out.println("could not grow the InnoDB buffer pool: " + notAllowed.getMessage());
            }
        }
        return before;
    }

    /** Reads every index that sales, ledger entries and lookups reach at random. @return seconds it took */
    static double warm(Connection db) throws SQLException {
        long start = System.nanoTime();
        String[][] indexes = {
                {"customer", "PRIMARY"}, {"customer", "uk_customer_phone"},
                {"ledger_entry", "ix_ledger_customer"}, {"ledger_entry", "ix_ledger_sale"},
                {"sale", "PRIMARY"}, {"sale", "ix_sale_customer_spend"}, {"sale_line", "PRIMARY"},
                {"sale_payment", "PRIMARY"}};
        try (Statement st = db.createStatement()) {
            for (String[] index : indexes) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + index[0] + " FORCE INDEX ("
                        + index[1] + ")")) {
                    rs.next();
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static void restore(Connection db, long bytes) throws SQLException {
        if (current(db) != bytes) {
            try (Statement st = db.createStatement()) {
                st.execute("SET GLOBAL innodb_buffer_pool_size = " + bytes);
            }
        }
    }
}
