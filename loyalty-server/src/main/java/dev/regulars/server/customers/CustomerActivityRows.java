package dev.regulars.server.customers;

import dev.regulars.server.platform.MultiRowInsert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes what sales changed on many customers (balance, visits, spend, tier, change number) in one UPDATE joined
 * to the new values, instead of one UPDATE per customer: a synced batch changes a hundred customers, and MariaDB
 * spent more on parsing and planning those statements than on the rows. The caller holds the rows' locks.
 */
public final class CustomerActivityRows {

    private CustomerActivityRows() {
    }

    public static void write(Connection connection, Collection<Customer> customers) throws SQLException {
        if (customers.isEmpty()) {
            return;
        }
        List<String> columns = Customer.ACTIVITY_COLUMNS;
        String oneRow = columns.stream().map(c -> "? AS " + c).collect(Collectors.joining(", ", "SELECT ", ""));
        String values = String.join(" UNION ALL ", Collections.nCopies(customers.size(), oneRow));
        String set = columns.subList(1, columns.size()).stream().map(c -> "c." + c + " = v." + c)
                .collect(Collectors.joining(", "));
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE customer c JOIN (" + values + ") v ON c.id = v.id SET " + set)) {
            int p = 1;
            for (Customer customer : customers) {
                for (Object value : customer.activityRow()) {
                    update.setObject(p++, MultiRowInsert.databaseValue(value));
                }
            }
            int updated = update.executeUpdate();
            if (updated != customers.size()) { // found rows, not changed rows: Connector/J's default
                throw new IllegalStateException("updated " + updated + " customer rows for " + customers.size());
            }
        }
    }
}
