package dev.regulars.server.ledger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Hands out ledger entry ids from blocks reserved in id_generator, so entries can be inserted many rows to a
 * statement (AUTO_INCREMENT ids would have to be read back row by row). A block is reserved on a connection outside
 * the caller's transaction and committed at once: inside it, the id_generator row would stay locked until the
 * caller committed, and every concurrent sync would queue behind it. Ids of a block not used before a restart are
 * skipped, never reused. SQL that inserts entries itself must move next_value past the ids it takes.
 */
@ApplicationScoped
public class LedgerIds {

    static final int BLOCK = 1000;

    @Resource(lookup = "java:global/jdbc/regulars-ids")
    private DataSource outsideTransactions;

    private long next;
    private long end;

    /** The next unused id. */
    public synchronized long next() {
        if (next == end) {
            reserveBlock();
        }
        return next++;
    }

    private void reserveBlock() {
        try (Connection c = outsideTransactions.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement(
                    "SELECT next_value FROM id_generator WHERE name = 'ledger_entry' FOR UPDATE");
                 PreparedStatement move = c.prepareStatement(
                         "UPDATE id_generator SET next_value = next_value + ? WHERE name = 'ledger_entry'")) {
                long first;
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("id_generator has no row for ledger_entry (see V8)");
                    }
                    first = rs.getLong(1);
                }
                move.setInt(1, BLOCK);
                move.executeUpdate();
                c.commit();
                next = first;
                end = first + BLOCK;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not reserve ledger ids: " + e.getMessage(), e);
        }
    }
}
