package dev.regulars.pos.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Every opening of the cash drawer the till asked for: a cashier's "no sale" (the drawer opened without a sale,
 * which shops audit: it is counted on the X and Z reports), the kick at a shift's opening (to put the float in)
 * and at its Z report (to count). Written and linked into the journal's chain before the drawer is kicked, so an
 * opening cannot go unrecorded nor be removed unseen. Shares the journal's connection and its lock (JournalDb). The server
 * does not receive these (the till's journal is where they are audited).
 */
public final class DrawerLog {

    private final JournalDb db;
    private final Connection connection;

    DrawerLog(JournalDb db) {
        this.db = db;
        this.connection = db.connection;
    }

    /** Why the drawer opened. */
    public enum Reason {
        /** A cashier opened it without a sale ("No sale"). */
        NO_SALE,
        /** A shift was opened: the float goes in. */
        SHIFT_OPEN,
        /** The Z report: the drawer is counted and emptied. */
        SHIFT_CLOSE
    }

    /**
     * One opening of the drawer.
     *
     * @param cashierId who asked; null when nobody was logged in
     * @param shiftId   the shift open at the time; null for none
     */
    public record Opening(UUID openingId, Instant openedAt, UUID cashierId, Reason reason, UUID shiftId) {
    }

    /** Writes the opening durably, with its link in the journal's chain. */
    public void record(Opening opening) {
        db.withLockDo(() -> {
            String payload = db.write(opening);
            db.inTransaction(() -> {
                try (PreparedStatement ps = connection.prepareStatement("INSERT INTO drawer_open (drawer_open_id,"
                        + " payload, opened_at, cashier_id, reason, shift_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, opening.openingId().toString());
                    ps.setString(2, payload);
                    ps.setString(3, opening.openedAt().toString());
                    ps.setString(4, opening.cashierId() == null ? null : opening.cashierId().toString());
                    ps.setString(5, opening.reason().name());
                    ps.setString(6, opening.shiftId() == null ? null : opening.shiftId().toString());
                    ps.executeUpdate();
                }
                JournalChain.append(connection, JournalChain.Kind.DRAWER_OPEN, opening.openingId().toString());
            });
        });
    }

    /** The shift's openings of the drawer, oldest first. */
    public List<Opening> ofShift(UUID shiftId) {
        return db.withLock(() -> {
            List<Opening> openings = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT payload FROM drawer_open WHERE shift_id = ? ORDER BY seq")) {
                ps.setString(1, shiftId.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        openings.add(db.read(rs.getString(1), Opening.class));
                    }
                }
                return openings;
            } catch (SQLException e) {
                throw new JournalException("cannot read the drawer's openings", e);
            }
        });
    }

    /** How often the drawer was opened without a sale in the shift: the X and Z reports' figure. */
    public int noSales(UUID shiftId) {
        return (int) ofShift(shiftId).stream().filter(o -> o.reason() == Reason.NO_SALE).count();
    }
}
