package dev.regulars.bench;

import dev.regulars.core.sync.SaleLineRecord;
import dev.regulars.core.sync.SaleRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The floor under sync ingest: the same rows a synced sale writes (the sale, its lines, its payment, a ledger
 * entry, the balance update), inserted with plain JDBC batches, 100 sales a transaction, on one connection.
 */
final class RawJdbcBaseline {

    private RawJdbcBaseline() {
    }

    /** @return sales per second */
    static double run(Connection db, String terminalId, String storeId, List<List<SaleRecord>> batches)
            throws SQLException {
        long total = batches.stream().mapToLong(List::size).sum();
        long nextLedgerId = CustomerSeeder.reserveLedgerIds(db, total);
        db.setAutoCommit(false);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long sales = 0;
        long start = System.nanoTime();
        try (PreparedStatement sale = db.prepareStatement("INSERT INTO sale (id, terminal_id, store_id, customer_id,"
                + " rung_up_at, received_at, rules_version, currency, subtotal_minor, referral_discount_minor,"
                + " redeem_discount_minor, due_minor, points_redeemed, points_earned, balance_after, till_due_minor,"
                + " till_points_earned, figures_differ, overdraft, content_sha256)"
                + " VALUES (?, ?, ?, ?, ?, ?, 1, 'EUR', ?, 0, 0, ?, 0, ?, NULL, ?, ?, 0, 0, ?)");
             PreparedStatement line = db.prepareStatement("INSERT INTO sale_line (sale_id, line_no, sku, name,"
                     + " quantity, unit_price_minor) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement payment = db.prepareStatement("INSERT INTO sale_payment (sale_id, payment_no, method,"
                     + " amount_minor, tendered_minor) VALUES (?, 0, 'CASH', ?, ?)");
             PreparedStatement ledger = db.prepareStatement("INSERT INTO ledger_entry (id, customer_id, entry_type,"
                     + " points, sale_id, created_at, effective_at) VALUES (?, ?, 'EARN', ?, ?, ?, ?)");
             PreparedStatement balance = db.prepareStatement("UPDATE customer SET points_balance ="
                     + " points_balance + ?, visits = visits + 1 WHERE id = ?")) {
            for (List<SaleRecord> batch : batches) {
                for (SaleRecord s : batch) {
                    String id = s.saleId().toString();
                    String customer = s.customer().customerId().toString();
                    sale.setString(1, id);
                    sale.setString(2, terminalId);
                    sale.setString(3, storeId);
                    sale.setString(4, customer);
                    sale.setObject(5, now);
                    sale.setObject(6, now);
                    sale.setLong(7, s.tillFigures().subtotalMinor());
                    sale.setLong(8, s.tillFigures().dueMinor());
                    sale.setLong(9, s.tillFigures().pointsEarned());
                    sale.setLong(10, s.tillFigures().dueMinor());
                    sale.setLong(11, s.tillFigures().pointsEarned());
                    sale.setString(12, "0".repeat(64));
                    sale.addBatch();
                    for (int i = 0; i < s.lines().size(); i++) {
                        SaleLineRecord l = s.lines().get(i);
                        line.setString(1, id);
                        line.setInt(2, i);
                        line.setString(3, l.sku());
                        line.setString(4, l.name());
                        line.setInt(5, l.quantity());
                        line.setLong(6, l.unitPriceMinor());
                        line.addBatch();
                    }
                    payment.setString(1, id);
                    payment.setLong(2, s.tillFigures().dueMinor());
                    payment.setLong(3, s.tillFigures().dueMinor());
                    payment.addBatch();
                    ledger.setLong(1, nextLedgerId++);
                    ledger.setString(2, customer);
                    ledger.setLong(3, s.tillFigures().pointsEarned());
                    ledger.setString(4, id);
                    ledger.setObject(5, now);
                    ledger.setObject(6, LocalDateTime.ofInstant(s.rungUpAt(), ZoneOffset.UTC));
                    ledger.addBatch();
                    balance.setLong(1, s.tillFigures().pointsEarned());
                    balance.setString(2, customer);
                    balance.addBatch();
                }
                sale.executeBatch();
                line.executeBatch();
                payment.executeBatch();
                ledger.executeBatch();
                balance.executeBatch();
                db.commit();
                sales += batch.size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        db.setAutoCommit(true);
        return sales / seconds;
    }
}
