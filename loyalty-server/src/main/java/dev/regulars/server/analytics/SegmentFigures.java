package dev.regulars.server.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFM segments as the snapshots ({@link SegmentSnapshot}) keep them, for a scope: customers count under the store
 * of their latest visit (customers who never visited only for the whole business, never for a reader limited to some
 * stores), the same store a campaign's
 * "latest visit at" criterion reads. Reads only the snapshot tables: a few rows per store, never the customers.
 */
@ApplicationScoped
public class SegmentFigures {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;

    /**
     * A segment's size in a snapshot.
     *
     * @param visits     the customers' visits, summed
     * @param spendMinor what they paid, in minor units of the business's currency
     */
    public record Size(String segment, long customers, long visits, long spendMinor) {
    }

    /** A cell of the R x F grid: customers with recency score r and frequency score f (1-5), their M scores summed. */
    public record Cell(int r, int f, long customers, long mSum) {
    }

    /** The latest snapshot: its month and when it was taken (UTC); null when none was taken yet. */
    public record Latest(YearMonth month, LocalDateTime takenAt) {
    }

    /** Takes the snapshots that are due for the business (see {@link SegmentSnapshot#refresh}). */
    @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public List<YearMonth> refresh(String businessId, ZoneId zone) {
        try {
            Connection db = em.unwrap(Connection.class);
            return SegmentSnapshot.due(db, businessId, zone, clock.instant())
                    ? SegmentSnapshot.refresh(db, businessId, zone, clock.instant()) : List.of();
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the segments' snapshot: " + e.getMessage(), e);
        }
    }

    public Latest latest(String businessId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT month, taken_at FROM analytics_segment_snapshot"
                + " WHERE business_id = ? ORDER BY month DESC LIMIT 1").setParameter(1, businessId).getResultList();
        return rows.isEmpty() ? null : new Latest(YearMonth.from(OwnerFigures.day(rows.get(0)[0])),
                rows.get(0)[1] instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) rows.get(0)[1]);
    }

    /** The segments' sizes in the month's snapshot (only the segments with customers). */
    public List<Size> sizes(Scope scope, YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT segment, SUM(customers), SUM(visits), SUM(spend_minor)"
                + " FROM analytics_segment_month WHERE business_id = ? AND month = ?" + stores(scope)
                + " GROUP BY segment").setParameter(1, scope.businessId()).setParameter(2, month.atDay(1))
                .getResultList();
        return rows.stream().map(r -> new Size((String) r[0], OwnerFigures.n(r[1]), OwnerFigures.n(r[2]),
                OwnerFigures.n(r[3]))).toList();
    }

    /** Segment sizes at the snapshots of {@code from} to {@code to}: month, segment, customers. */
    public List<Object[]> history(Scope scope, YearMonth from, YearMonth to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT month, segment, SUM(customers) FROM analytics_segment_month"
                + " WHERE business_id = ? AND month BETWEEN ? AND ?" + stores(scope) + " GROUP BY month, segment"
                + " ORDER BY month").setParameter(1, scope.businessId()).setParameter(2, from.atDay(1))
                .setParameter(3, to.atDay(1)).getResultList();
        return rows.stream().map(r -> new Object[] {YearMonth.from(OwnerFigures.day(r[0])), r[1],
            OwnerFigures.n(r[2])}).toList();
    }

    /** The R x F grid of the month's snapshot (only the cells with customers). */
    public List<Cell> grid(Scope scope, YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r, f, SUM(customers), SUM(m_sum) FROM analytics_rfm_cell"
                + " WHERE business_id = ? AND month = ?" + stores(scope) + " GROUP BY r, f")
                .setParameter(1, scope.businessId()).setParameter(2, month.atDay(1)).getResultList();
        return rows.stream().map(r -> new Cell((int) OwnerFigures.n(r[0]), (int) OwnerFigures.n(r[1]),
                OwnerFigures.n(r[2]), OwnerFigures.n(r[3]))).toList();
    }

    /** The moves from the month before's snapshot to the month's; empty when there was none the month before. */
    public SegmentMoves moves(Scope scope, YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT from_segment, to_segment, SUM(customers)"
                + " FROM analytics_segment_move WHERE business_id = ? AND month = ?" + stores(scope)
                + " GROUP BY from_segment, to_segment").setParameter(1, scope.businessId())
                .setParameter(2, month.atDay(1)).getResultList();
        List<SegmentMoves.Move> moves = new ArrayList<>();
        for (Object[] r : rows) {
            moves.add(new SegmentMoves.Move((String) r[0], (String) r[1], OwnerFigures.n(r[2])));
        }
        return SegmentMoves.of(moves);
    }

    /**
     * The whole business counts every customer; a line, a store or a reader limited to some stores those whose latest
     * visit was at its stores.
     */
    private static String stores(Scope scope) {
        return scope.isWholeBusiness() ? "" : " AND store_id IN (" + scope.sqlList() + ")";
    }
}
