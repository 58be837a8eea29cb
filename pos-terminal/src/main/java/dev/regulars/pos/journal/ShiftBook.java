package dev.regulars.pos.journal;

import dev.regulars.core.sync.ShiftRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The till's shifts: at most one open at a time; a closed one keeps its Z report (a {@link ShiftRecord}), linked
 * into the journal's chain, until the server has it. The opening is linked too, and a Z report keeps the chain's
 * head with its own link in it (JournalChain), to print and to sync. Shares the journal's connection and its lock
 * (JournalDb).
 */
public final class ShiftBook {

    private final JournalDb db;
    private final Connection connection;
    private final SaleBook sales;
    private final RefundQueue refunds;

    ShiftBook(JournalDb db, SaleBook sales, RefundQueue refunds) {
        this.db = db;
        this.connection = db.connection;
        this.sales = sales;
        this.refunds = refunds;
    }

    /**
     * The shift open now.
     *
     * @param openedBy null when nobody was logged in
     */
    public record OpenShift(UUID shiftId, Instant openedAt, UUID openedBy, long openingCashMinor, long afterSale,
                            long afterRefund) {
    }

    /**
     * Opens a shift with the cash counted into the drawer.
     *
     * @throws IllegalStateException when a shift is open already
     */
    public OpenShift open(Instant at, UUID openedBy, long openingCashMinor) {
        return db.withLock(() -> {
            if (current().isPresent()) {
                throw new IllegalStateException("a shift is open already: close it first");
            }
            OpenShift shift = new OpenShift(UUID.randomUUID(), at, openedBy, openingCashMinor,
                    sales.lastNumber(), refunds.lastSeq());
            try {
                db.inTransaction(() -> insert(shift));
            } catch (JournalException e) {
                throw new JournalException("the shift could not be opened", e.getCause());
            }
            return shift;
        });
    }

    /** Writes the opening with its link in the chain (the opening cash is covered from here on). */
    private void insert(OpenShift shift) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO shift (shift_id, opened_at,"
                + " opened_by, opening_cash, after_sale, after_refund) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, shift.shiftId().toString());
            ps.setString(2, shift.openedAt().toString());
            ps.setString(3, shift.openedBy() == null ? null : shift.openedBy().toString());
            ps.setLong(4, shift.openingCashMinor());
            ps.setLong(5, shift.afterSale());
            ps.setLong(6, shift.afterRefund());
            ps.executeUpdate();
        }
        JournalChain.append(connection, JournalChain.Kind.SHIFT_OPEN, shift.shiftId().toString());
    }

    public Optional<OpenShift> current() {
        return db.withLock(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT shift_id, opened_at, opened_by,"
                    + " opening_cash, after_sale, after_refund FROM shift WHERE closed_at IS NULL"
                    + " ORDER BY seq DESC LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new OpenShift(UUID.fromString(rs.getString(1)), Instant.parse(rs.getString(2)),
                        rs.getString(3) == null ? null : UUID.fromString(rs.getString(3)), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)));
            } catch (SQLException e) {
                throw new JournalException("cannot read the open shift", e);
            }
        });
    }

    /**
     * Closes the open shift with its Z report, linked into the chain, in one transaction.
     *
     * @return the Z report with the chain's head, its own link included: print this one
     * @throws IllegalStateException when {@code record} is not the open shift
     */
    public ShiftRecord close(ShiftRecord record) {
        return db.withLock(() -> {
            OpenShift open = current().orElseThrow(() -> new IllegalStateException("no shift is open"));
            if (!open.shiftId().equals(record.shiftId())) {
                throw new IllegalStateException("the Z report is not the open shift's");
            }
            String payload = db.write(record.withChain(null));
            ShiftRecord.ChainHead[] head = new ShiftRecord.ChainHead[1];
            db.inTransaction(() -> {
                try (PreparedStatement ps = connection.prepareStatement(
                        "UPDATE shift SET closed_at = ?, payload = ? WHERE shift_id = ?")) {
                    ps.setString(1, record.closedAt().toString());
                    ps.setString(2, payload);
                    ps.setString(3, record.shiftId().toString());
                    ps.executeUpdate();
                }
                head[0] = JournalChain.appendZ(connection, record.shiftId().toString());
            });
            return record.withChain(head[0]);
        });
    }

    /** Closed shifts the server has not stored yet, oldest first. */
    public List<ShiftRecord> unsynced(int limit) {
        return db.withLock(() -> {
            List<ShiftRecord> shifts = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + Z_COLUMNS + " FROM shift WHERE"
                    + " payload IS NOT NULL AND synced = 0 ORDER BY seq LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        shifts.add(zReport(rs));
                    }
                }
                return shifts;
            } catch (SQLException e) {
                throw new JournalException("cannot read unsynced shifts", e);
            }
        });
    }

    /** The last closed shift's Z report, for a reprint. */
    public Optional<ShiftRecord> lastClosed() {
        return db.withLock(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + Z_COLUMNS + " FROM shift WHERE"
                    + " payload IS NOT NULL ORDER BY seq DESC LIMIT 1"); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(zReport(rs)) : Optional.empty();
            } catch (SQLException e) {
                throw new JournalException("cannot read the last shift", e);
            }
        });
    }

    /** A closed shift's Z report as stored, and the chain's head kept beside it. */
    private static final String Z_COLUMNS = "payload, chain_hash, chain_links, last_receipt";

    private ShiftRecord zReport(ResultSet rs) throws SQLException {
        ShiftRecord record = db.read(rs.getString(1), ShiftRecord.class);
        ShiftRecord.ChainHead head = JournalChain.headIn(rs, 2);
        return head == null ? record : record.withChain(head);
    }

    /** The server's answers: stored shifts leave the queue, a refused one is held with the reason for a manager. */
    public void recordOutcomes(List<dev.regulars.core.sync.ShiftOutcome> outcomes) {
        db.withLockDo(() -> {
            db.inTransaction(() -> {
                try (PreparedStatement ps = connection.prepareStatement(
                        "UPDATE shift SET synced = ?, outcome = ? WHERE shift_id = ?")) {
                    for (var outcome : outcomes) {
                        if (outcome.shiftId() == null) {
                            continue;
                        }
                        ps.setInt(1, outcome.isStored() ? SaleBook.SETTLED : SaleBook.REJECTED);
                        ps.setString(2, db.write(outcome));
                        ps.setString(3, outcome.shiftId().toString());
                        ps.executeUpdate();
                    }
                }
            });
        });
    }
}
