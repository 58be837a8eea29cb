package dev.regulars.server.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * Inserts many rows of one table with INSERT ... VALUES (...), (...): MariaDB parses and plans one statement for a
 * few hundred rows instead of one per row, which is most of what small rows cost it. Instants are written as UTC
 * DATETIME(6), the way {@link InstantConverter} writes them for JPA.
 */
public final class MultiRowInsert {

    /** Rows per statement: far below MariaDB's 65,535 placeholders for the widest table written this way. */
    static final int ROWS_PER_STATEMENT = 500;

    private final String table;
    private final List<String> columns;

    public MultiRowInsert(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /** Writes the rows (each with one value per column, in column order) on the caller's connection. */
    public void insert(Connection connection, List<Object[]> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement insert = connection.prepareStatement(sql(chunk.size()))) {
                int p = 1;
                for (Object[] row : chunk) {
                    if (row.length != columns.size()) {
                        throw new IllegalArgumentException(table + " has " + columns.size() + " columns to write, a"
                                + " row brought " + row.length);
                    }
                    for (Object value : row) {
                        insert.setObject(p++, databaseValue(value));
                    }
                }
                insert.executeUpdate();
            }
        }
    }

    String sql(int rowCount) {
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rowCount, row));
    }

    /** A Java value as Connector/J should bind it: Instants as UTC DATETIME, enums by name. */
    public static Object databaseValue(Object value) {
        if (value instanceof Instant instant) {
            return InstantConverter.toColumn(instant);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
