package dev.regulars.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A million customers and ten million ledger entries do not fit the 128 MB InnoDB buffer pool of a default MariaDB;
 * a production server is sized to hold its working set, so the benchmark grows the pool for its run (when it may)
 * and puts the old size back afterwards.
 */
final class BufferPool {

    static final long BENCH_BYTES = 3L * 1024 * 1024 * 1024;

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

    static void restore(Connection db, long bytes) throws SQLException {
        if (current(db) != bytes) {
            try (Statement st = db.createStatement()) {
                st.execute("SET GLOBAL innodb_buffer_pool_size = " + bytes);
            }
        }
    }
}
