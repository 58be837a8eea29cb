package dev.regulars.server.sales;

import dev.regulars.server.platform.MultiRowInsert;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes applied sales with their lines and payments, many rows to a statement, on the transaction's connection.
 * Sales are written this way rather than persisted through JPA because a synced batch of a hundred sales is several
 * hundred rows, and EclipseLink writes each sale's lines between sales, one short JDBC batch after another.
 */
final class SaleRows {

    /** MariaDB's error for a duplicate key: here, a sale id another transaction applied first. */
    private static final int DUPLICATE_KEY = 1062;
    private static final MultiRowInsert SALES = new MultiRowInsert("sale", Sale.COLUMNS);
    private static final MultiRowInsert LINES = new MultiRowInsert("sale_line", SaleLine.COLUMNS);
    private static final MultiRowInsert PAYMENTS = new MultiRowInsert("sale_payment", SalePayment.COLUMNS);

    private SaleRows() {
    }

    /** @throws SaleIdTakenException if one of the sales was applied by another transaction meanwhile */
    static void write(Connection connection, List<Sale> sales) {
        List<Object[]> saleRows = new ArrayList<>(sales.size());
        List<Object[]> lineRows = new ArrayList<>();
        List<Object[]> paymentRows = new ArrayList<>(sales.size());
        for (Sale sale : sales) {
            saleRows.add(sale.row());
            for (int i = 0; i < sale.lines().size(); i++) {
                lineRows.add(sale.lines().get(i).row(sale.id(), i));
            }
            for (int i = 0; i < sale.payments().size(); i++) {
                paymentRows.add(sale.payments().get(i).row(sale.id(), i));
            }
        }
        try {
            SALES.insert(connection, saleRows);
        } catch (SQLException e) {
            if (e.getErrorCode() == DUPLICATE_KEY) {
                throw new SaleIdTakenException(sales.size() == 1 ? sales.get(0).id() : "of the batch", e);
            }
            throw new IllegalStateException("could not write sales: " + e.getMessage(), e);
        }
        try {
            LINES.insert(connection, lineRows);
            PAYMENTS.insert(connection, paymentRows);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write sale lines and payments: " + e.getMessage(), e);
        }
    }
}
