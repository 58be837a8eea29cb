package dev.regulars.server.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What campaigns did: per campaign, its latest occurrence and how its audience was decided. */
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
    public record Line(String name, String kind, String status, String lastOccurrence, String runStatus,
                       long treated, long heldOut, long capped, long unreachable) {
    }

    public List<Line> of(String businessId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.name, c.kind, c.status, r.occurrence_on, r.status,
                       COALESCE(SUM(x.decision = 'T'), 0), COALESCE(SUM(x.decision = 'H'), 0),
                       COALESCE(SUM(x.decision = 'C'), 0), COALESCE(SUM(x.decision = 'N'), 0)
                FROM campaign c
                LEFT JOIN campaign_run r ON r.id = (SELECT MAX(r2.id) FROM campaign_run r2 WHERE r2.campaign_id = c.id)
                LEFT JOIN campaign_recipient x ON x.run_id = r.id
                WHERE c.business_id = ?
                GROUP BY c.id, c.name, c.kind, c.status, r.occurrence_on, r.status
                ORDER BY c.created_at DESC""").setParameter(1, businessId).getResultList();
        return rows.stream().map(r -> new Line((String) r[0], (String) r[1], (String) r[2],
                r[3] == null ? "never" : r[3].toString(), r[4] == null ? "" : ((String) r[4]).toLowerCase(),
                ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), ((Number) r[7]).longValue(),
                ((Number) r[8]).longValue())).toList();
    }
}
