package dev.regulars.pos.journal;

import dev.regulars.core.sync.SaleOutcome;
import dev.regulars.core.sync.SaleRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sales of this till in the journal: written durably with their chain link and receipt number, read back for
 * reprints, refunds and shifts, queued for the server until it has settled them. Each method takes the journal's
 * lock; the Journal offers them to the till.
 */
final class SaleBook {

    static final int SETTLED = 1;
    static final int REJECTED = 2;
    private static final String INSERT = "INSERT INTO sale (sale_id, payload, phone_hmac, points_redeemed,"
            + " points_earned, recorded_at, receipt_facts) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JournalDb db;
    private final Settings settings;

    SaleBook(JournalDb db, Settings settings) {
        this.db = db;
        this.settings = settings;
    }

    /** See {@link Journal#recordSale(SaleRecord, String, long, String)}; clears the open sale in the same commit. */
    long record(SaleRecord sale, String phoneHmac, long pointsAdded, String receiptFacts, String openSaleKey) {
        String payload = db.write(sale);
        return db.withLock(() -> {
            long[] number = new long[1];
            try {
                db.inTransaction(() -> {
                    try (PreparedStatement ps = db.connection.prepareStatement(INSERT,
                            Statement.RETURN_GENERATED_KEYS)) {
                        ps.setString(1, sale.saleId().toString());
                        ps.setString(2, payload);
                        ps.setString(3, phoneHmac);
                        ps.setLong(4, sale.pointsRedeemed());
                        ps.setLong(5, pointsAdded);
                        ps.setString(6, sale.rungUpAt().toString());
                        ps.setString(7, receiptFacts);
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            number[0] = keys.getLong(1);
                        }
                    }
                    JournalChain.append(db.connection, JournalChain.Kind.SALE, sale.saleId().toString());
                    // the check that was open is this sale now: a restart must not bring it back to be charged again
                    settings.delete(openSaleKey);
                });
            } catch (JournalException e) {
                throw new JournalException("the sale could not be stored", e.getCause());
            }
            return number[0];
        });
    }

    /** Sales matching {@code where} (one parameter), as journalled. */
    List<JournalledSale> find(String where, Object parameter) {
        return db.withLock(() -> {
            List<JournalledSale> found = new ArrayList<>();
            try (PreparedStatement ps = db.connection.prepareStatement(
                    "SELECT seq, payload, receipt_facts FROM sale " + where)) {
                ps.setObject(1, parameter);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new JournalledSale(rs.getLong(1), db.read(rs.getString(2), SaleRecord.class),
                                rs.getString(3)));
                    }
                }
                return found;
            } catch (SQLException e) {
                throw new JournalException("cannot read sales", e);
            }
        });
    }

    /** The newest receipt number; 0 before the first sale. */
    long lastNumber() {
        return number("SELECT COALESCE(MAX(seq), 0) FROM sale");
    }

    /** A count or number over the sale table. */
    long number(String sql) {
        return db.withLock(() -> db.queryLong(sql));
    }

    /** The oldest sales the server has not confirmed, in the order they were rung up. */
    List<SaleRecord> unsynced(int limit) {
        return db.withLock(() -> {
            List<SaleRecord> sales = new ArrayList<>();
            try (PreparedStatement ps = db.connection.prepareStatement(
                    "SELECT payload FROM sale WHERE synced = 0 ORDER BY seq LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sales.add(db.read(rs.getString(1), SaleRecord.class));
                    }
                }
                return sales;
            } catch (SQLException e) {
                throw new JournalException("cannot read unsynced sales", e);
            }
        });
    }

    /** See {@link Journal#recordOutcomes}. */
    void recordOutcomes(List<SaleOutcome> outcomes) {
        db.withLockDo(() -> db.inTransaction(() -> {
            try (PreparedStatement sale = db.connection.prepareStatement(
                    "UPDATE sale SET synced = ?, outcome = ? WHERE sale_id = ?");
                 PreparedStatement balance = db.connection.prepareStatement(
                         "UPDATE customer_cache SET customer_id = ?, balance = ? WHERE phone_hmac ="
                                 + " (SELECT phone_hmac FROM sale WHERE sale_id = ?)")) {
                for (SaleOutcome outcome : outcomes) {
                    if (outcome.saleId() == null) {
                        continue;
                    }
                    sale.setInt(1, outcome.isSettled() ? SETTLED : REJECTED);
                    sale.setString(2, db.write(outcome));
                    sale.setString(3, outcome.saleId().toString());
                    sale.executeUpdate();
                    if (outcome.isSettled() && outcome.customerId() != null && outcome.balanceAfter() != null) {
                        balance.setString(1, outcome.customerId().toString());
                        balance.setLong(2, outcome.balanceAfter());
                        balance.setString(3, outcome.saleId().toString());
                        balance.executeUpdate();
                    }
                }
            }
        }));
    }

    Optional<SaleOutcome> outcomeOf(UUID saleId) {
        return db.withLock(() -> {
            try (PreparedStatement ps = db.connection.prepareStatement("SELECT outcome FROM sale WHERE sale_id = ?")) {
                ps.setString(1, saleId.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1) != null
                            ? Optional.of(db.read(rs.getString(1), SaleOutcome.class)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new JournalException("cannot read a sale outcome", e);
            }
        });
    }

    /** See {@link Journal#verifyChain(String)}: the walk of {@link ChainWalk}, under the journal's lock. */
    ChainReport verifyChain(String expectedHead) {
        return db.withLock(() -> {
            try {
                return ChainWalk.verify(db.connection, expectedHead);
            } catch (SQLException e) {
                throw new JournalException("cannot read the journal's chain", e);
            }
        });
    }

    /** See {@link Journal#lastReceipt()}. */
    Optional<Journal.ReceiptEntry> lastReceipt() {
        return db.withLock(() -> {
            try (Statement st = db.connection.createStatement(); ResultSet rs = st.executeQuery("SELECT kind,"
                    + " entry_id FROM chain WHERE kind IN ('SALE', 'REFUND') ORDER BY seq DESC LIMIT 1")) {
                return rs.next() ? Optional.of(new Journal.ReceiptEntry("REFUND".equals(rs.getString(1)),
                        UUID.fromString(rs.getString(2)))) : Optional.empty();
            } catch (SQLException e) {
                throw new JournalException("cannot read the last receipt", e);
            }
        });
    }
}
