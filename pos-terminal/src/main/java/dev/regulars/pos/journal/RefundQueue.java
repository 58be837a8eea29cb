package dev.regulars.pos.journal;

import dev.regulars.core.sync.RefundOutcome;
import dev.regulars.core.sync.RefundRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Refunds made at this till, in the journal until the server has them. A refund whose sale has not reached the
 * server yet (DEFERRED) stays queued; a rejected one is held for a manager. Shares the journal's connection and
 * its lock.
 */
public final class RefundQueue {

    private final JournalDb db;
    private final Connection connection;

    RefundQueue(JournalDb db) {
        this.db = db;
        this.connection = db.connection;
    }

    /** Writes the refund durably, with its link in the journal's chain, before the money goes back. */
    public void record(RefundRecord refund) {
        db.withLockDo(() -> {
            String payload = db.write(refund);
            try {
                db.inTransaction(() -> {
                    try (PreparedStatement ps = connection.prepareStatement(
                            "INSERT INTO refund (refund_id, payload, recorded_at, sale_id) VALUES (?, ?, ?, ?)")) {
                        ps.setString(1, refund.refundId().toString());
                        ps.setString(2, payload);
                        ps.setString(3, refund.refundedAt().toString());
                        ps.setString(4, refund.saleId().toString());
                        ps.executeUpdate();
                    }
                    JournalChain.append(connection, JournalChain.Kind.REFUND, refund.refundId().toString());
                });
            } catch (JournalException e) {
                throw new JournalException("the refund could not be stored", e.getCause());
            }
        });
    }

    /** Every refund of a sale made at this till, oldest first. */
    public List<RefundRecord> ofSale(java.util.UUID saleId) {
        return select("WHERE sale_id = ? ORDER BY seq", saleId.toString());
    }

    /** A refund made at this till, by its id. */
    public java.util.Optional<RefundRecord> byId(java.util.UUID refundId) {
        return select("WHERE refund_id = ?", refundId.toString()).stream().findFirst();
    }

    /** Refunds journalled after the one numbered {@code seq} (a shift's), oldest first. */
    public List<RefundRecord> after(long seq) {
        return select("WHERE seq > ? ORDER BY seq", seq);
    }

    /** The newest refund's number in the journal; 0 before the first. */
    public long lastSeq() {
        return db.withLock(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM refund");
                 ResultSet rs = ps.executeQuery()) {
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new JournalException("cannot read refunds", e);
            }
        });
    }

    private List<RefundRecord> select(String where, Object parameter) {
        return db.withLock(() -> {
            List<RefundRecord> refunds = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT payload FROM refund " + where)) {
                ps.setObject(1, parameter);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        refunds.add(db.read(rs.getString(1), RefundRecord.class));
                    }
                }
                return refunds;
            } catch (SQLException e) {
                throw new JournalException("cannot read refunds", e);
            }
        });
    }

    /** Refunds the server has not settled, oldest first (deferred ones included: their sale may be there now). */
    public List<RefundRecord> unsynced(int limit) {
        return db.withLock(() -> {
            List<RefundRecord> refunds = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT payload FROM refund WHERE synced = 0 ORDER BY seq LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        refunds.add(db.read(rs.getString(1), RefundRecord.class));
                    }
                }
                return refunds;
            } catch (SQLException e) {
                throw new JournalException("cannot read unsynced refunds", e);
            }
        });
    }

    /** Settled refunds leave the queue, rejected ones are held, deferred ones stay queued. */
    public void recordOutcomes(List<RefundOutcome> outcomes) {
        db.withLockDo(() -> {
            db.inTransaction(() -> {
                try (PreparedStatement ps = connection.prepareStatement(
                        "UPDATE refund SET synced = ?, outcome = ? WHERE refund_id = ?")) {
                    for (RefundOutcome outcome : outcomes) {
                        if (outcome.refundId() == null) {
                            continue;
                        }
                        int state = outcome.isSettled() ? SaleBook.SETTLED
                                : outcome.status() == RefundOutcome.Status.REJECTED ? SaleBook.REJECTED : 0;
                        ps.setInt(1, state);
                        ps.setString(2, db.write(outcome));
                        ps.setString(3, outcome.refundId().toString());
                        ps.executeUpdate();
                    }
                }
            });
        });
    }
}
