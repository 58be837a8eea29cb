package dev.regulars.server.campaigns;

import dev.regulars.core.campaigns.Uplift;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What campaigns did: per campaign, its latest occurrence and how its audience was decided, and what the treated
 * and held-out customers did afterwards (the input of loyalty-core's Uplift).
 */
@ApplicationScoped
public class CampaignReport {

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /**
     * One campaign with its latest occurrence (nulls and zeros when it never ran).
     *
     * @param treated customers whose message was queued; heldOut drawn into the holdout; capped over the frequency
     *                cap; unreachable no channel they agreed to and have
     */
    public record Line(String id, String name, String kind, String status, String lastOccurrence, String runStatus,
                       long treated, long heldOut, long capped, long unreachable, Long runId) {
    }

    public List<Line> of(String businessId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.name, c.kind, c.status, r.occurrence_on, r.status, r.id,
                       c.id,
                       COALESCE(SUM(x.decision = 'T'), 0), COALESCE(SUM(x.decision = 'H'), 0),
                       COALESCE(SUM(x.decision = 'C'), 0), COALESCE(SUM(x.decision = 'N'), 0)
                FROM campaign c
                LEFT JOIN campaign_run r ON r.id = (SELECT MAX(r2.id) FROM campaign_run r2 WHERE r2.campaign_id = c.id)
                LEFT JOIN campaign_recipient x ON x.run_id = r.id
                WHERE c.business_id = ?
                GROUP BY c.id, c.name, c.kind, c.status, r.occurrence_on, r.status, r.id
                ORDER BY c.created_at DESC""").setParameter(1, businessId).getResultList();
        return rows.stream().map(r -> new Line((String) r[6], (String) r[0], (String) r[1], (String) r[2],
                r[3] == null ? "never" : r[3].toString(), r[4] == null ? ""
                        : "RUNNING".equals(r[4]) && !"ACTIVE".equals(r[2]) ? "stopped" : ((String) r[4]).toLowerCase(),
                ((Number) r[7]).longValue(), ((Number) r[8]).longValue(), ((Number) r[9]).longValue(),
                ((Number) r[10]).longValue(), r[5] == null ? null : ((Number) r[5]).longValue())).toList();
    }

    /** What the treated and the held-out customers of an occurrence did in the {@code days} after it started. */
    public record Outcome(Uplift.Group treated, Uplift.Group heldOut) {
    }

    public Outcome outcome(long runId, int days) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT v.decision, COUNT(*), SUM(v.n > 0), SUM(v.n), SUM(v.n * v.n), SUM(v.rev), SUM(v.rev * v.rev)
                FROM (SELECT x.customer_id, x.decision, COUNT(s.id) AS n, COALESCE(SUM(s.due_minor), 0) AS rev
                      FROM campaign_recipient x JOIN campaign_run r ON r.id = x.run_id
                      LEFT JOIN customer m ON m.id = x.customer_id OR m.merged_into = x.customer_id
                      LEFT JOIN sale s ON s.customer_id = m.id AND s.rung_up_at > r.started_at
                                      AND s.rung_up_at <= r.started_at + INTERVAL ? DAY
                      WHERE x.run_id = ? AND x.decision IN ('T', 'H')
                      GROUP BY x.customer_id, x.decision) v
                GROUP BY v.decision""").setParameter(1, days).setParameter(2, runId).getResultList();
        Uplift.Group treated = new Uplift.Group(0, 0, 0, 0, 0, 0);
        Uplift.Group heldOut = treated;
        for (Object[] r : rows) {
            Uplift.Group group = new Uplift.Group(num(r[1]), num(r[2]), num(r[3]), dbl(r[4]), num(r[5]), dbl(r[6]));
            if ("T".equals(r[0])) {
                treated = group;
            } else {
                heldOut = group;
            }
        }
        return new Outcome(treated, heldOut);
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double dbl(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
