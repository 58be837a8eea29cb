package dev.regulars.server.platform;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Whether a failed transaction failed on a unique key: two requests inserted the same thing at the same moment
 * (the loser's insert waited for the winner's commit). The caller then retries once, in a new transaction, and
 * finds what the winner made. The cause is searched through the container's wrappers (TransactionalException,
 * RollbackException, PersistenceException).
 */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** True when a cause is an SQL integrity violation (SQLState class 23). */
    public static boolean isDuplicate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
