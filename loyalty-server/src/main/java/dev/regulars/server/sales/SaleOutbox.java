package dev.regulars.server.sales;

import dev.regulars.server.platform.MultiRowInsert;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The sales context's outbox (table sale_outbox, V37): a row for each sale and refund applied, written in the
 * ingest's own transaction, so what the owner's figures need is taken later from the sale and refund tables by the
 * analytics context's roll-up job (DESIGN.md "How the contexts talk"), which deletes the rows it folded in.
 */
final class SaleOutbox {

    private static final MultiRowInsert ROWS = new MultiRowInsert("sale_outbox",
            List.of("business_id", "store_id", "customer_id", "happened_at"));

    private SaleOutbox() {
    }

    /** One row per sale: its store, customer (or null) and the time it was rung up. */
    static void write(Connection connection, String businessId, List<Sale> sales) {
        try {
            ROWS.insert(connection, sales.stream()
                    .map(s -> new Object[] {businessId, s.storeId(), s.customerId(), s.rungUpAt()}).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the sales' outbox rows: " + e.getMessage(), e);
        }
    }

    /** One row for a refund of a sale of {@code storeId}, made at {@code refundedAt}. */
    static void writeRefund(Connection connection, String businessId, String storeId, String customerId,
                            Instant refundedAt) {
        try {
            ROWS.insert(connection, List.<Object[]>of(new Object[] {businessId, storeId, customerId, refundedAt}));
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the refund's outbox row: " + e.getMessage(), e);
        }
    }
}
