package dev.regulars.server.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The points economy of a business: points not yet spent (what the business owes its customers) and points
 * written off, measured once a day into analytics_points_day ({@link AnalyticsJobs}, soon after the business's
 * midnight) from the customers' materialized balances and the ledger's EXPIRY entries since the last measure;
 * issued and redeemed points of a period come from the store days.
 */
@ApplicationScoped
public class PointsEconomy {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private Clock clock;

    /**
     * The latest measure on or before a day.
     *
     * @param day          the business day it counts for
     * @param outstanding  points on the customers' balances, not yet spent
     * @param expired      points written off since the measure before
     */
    public record Measure(LocalDate day, long outstanding, long expired) {
    }

    /** Measures the business now, for its day {@code day} (a second measure of a day replaces the first). */
    @Transactional
    public void measure(String businessId, LocalDate day) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Object> last = em.createNativeQuery("SELECT MAX(measured_at) FROM analytics_points_day"
                + " WHERE business_id = ? AND day < ?").setParameter(1, businessId).setParameter(2, day)
                .getResultList();
        Object since = last.isEmpty() || last.get(0) == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : last.get(0);
        long outstanding = OwnerFigures.n(em.createNativeQuery("SELECT COALESCE(SUM(points_balance), 0)"
                + " FROM customer WHERE business_id = ?").setParameter(1, businessId).getSingleResult());
        long expired = OwnerFigures.n(em.createNativeQuery("SELECT COALESCE(-SUM(l.points), 0) FROM ledger_entry l"
                        + " JOIN customer c ON c.id = l.customer_id WHERE c.business_id = ? AND l.entry_type = 'EXPIRY'"
                        + " AND l.created_at >= ? AND l.created_at < ?")
                .setParameter(1, businessId).setParameter(2, since).setParameter(3, now).getSingleResult());
        em.createNativeQuery("REPLACE INTO analytics_points_day (business_id, day, outstanding_points,"
                        + " expired_points, measured_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, businessId).setParameter(2, day).setParameter(3, outstanding)
                .setParameter(4, expired).setParameter(5, now).executeUpdate();
    }

    /** The latest measure on or before {@code day}, or null when the business was never measured. */
    public Measure latest(String businessId, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT day, outstanding_points, expired_points"
                + " FROM analytics_points_day WHERE business_id = ? AND day <= ? ORDER BY day DESC LIMIT 1")
                .setParameter(1, businessId).setParameter(2, day).getResultList();
        return rows.isEmpty() ? null : new Measure(OwnerFigures.day(rows.get(0)[0]), OwnerFigures.n(rows.get(0)[1]),
                OwnerFigures.n(rows.get(0)[2]));
    }

    /** Points written off in the measures of the days {@code period} spans. */
    public long expiredIn(String businessId, Period period) {
        return OwnerFigures.n(em.createNativeQuery("SELECT COALESCE(SUM(expired_points), 0) FROM analytics_points_day"
                        + " WHERE business_id = ? AND day BETWEEN ? AND ?")
                .setParameter(1, businessId).setParameter(2, period.first()).setParameter(3, period.last())
                .getSingleResult());
    }

    /** Every business's id with its zone, for the nightly measure. */
    public List<Object[]> businesses() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT b.id, (SELECT s.zone_id FROM store s"
                + " WHERE s.business_id = b.id ORDER BY s.created_at, s.id LIMIT 1) FROM business b").getResultList();
        return rows;
    }

    /** Today in the zone, for a measure made now. */
    public LocalDate today(ZoneId zone) {
        return clock.instant().atZone(zone).toLocalDate();
    }
}
