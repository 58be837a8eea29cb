package dev.regulars.server.campaigns;

import dev.regulars.core.campaigns.Uplift;
import dev.regulars.server.platform.InstantConverter;
import dev.regulars.server.platform.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What campaigns did: per campaign, its latest occurrence and how its audience was decided, and what the treated
 * and held-out customers did afterwards (the input of loyalty-core's Uplift).
 */
@ApplicationScoped
public class CampaignReport {

    /** Days after an occurrence over which treated and held-out customers are compared. */
    public static final int UPLIFT_DAYS = 30;

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /**
     * One campaign with its latest occurrence (nulls and zeros when it never ran).
     *
     * @param treated   customers whose message was queued; heldOut drawn into the holdout; capped over the frequency
     *                  cap; unreachable no channel they agreed to and have (the run's tallies, kept by each chunk)
     * @param createdAt with {@code id}, the place of the campaign in the list (newest first)
     * @param outcome   the latest occurrence's outcome as stored by CampaignOutcomes (not measured when none)
     */
    public record Line(String id, String name, String kind, String status, String lastOccurrence, String runStatus,
                       long treated, long heldOut, long capped, long unreachable, Long runId, Instant createdAt,
                       MeasuredOutcome outcome) implements java.io.Serializable {
    }

    /** Where a page of the list starts: after the campaign created at {@code createdAt} with {@code id}. */
    public record After(Instant createdAt, String id) {
    }

    /**
     * Up to {@code limit} campaigns of the business, newest first, after {@code after} (null: from the newest).
     * One indexed range (ix_campaign_list), one run row and one stored outcome per campaign, however large its
     * audiences were.
     */
    public List<Line> page(String businessId, After after, int limit) {
        String where = after == null ? "" : " AND (c.created_at < ? OR (c.created_at = ? AND c.id < ?))";
        var query = em.createNativeQuery("SELECT c.name, c.kind, c.status, r.occurrence_on, r.status, r.id, c.id,"
                + " r.treated, r.held_out, r.capped, r.unreachable, c.created_at, " + MeasuredOutcome.COLUMNS
                + " FROM campaign c LEFT JOIN campaign_run r"
                + " ON r.id = (SELECT MAX(r2.id) FROM campaign_run r2 WHERE r2.campaign_id = c.id)"
                + " LEFT JOIN campaign_run_outcome o ON o.run_id = r.id AND o.days = " + UPLIFT_DAYS
                + " WHERE c.business_id = ?" + where + " ORDER BY c.created_at DESC, c.id DESC LIMIT ?");
        int i = 1;
        query.setParameter(i++, businessId);
        if (after != null) {
            LocalDateTime at = new InstantConverter().convertToDatabaseColumn(after.createdAt());
            query.setParameter(i++, at).setParameter(i++, at).setParameter(i++, after.id());
        }
        query.setParameter(i, limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Line((String) r[6], (String) r[0], (String) r[1], (String) r[2],
                r[3] == null ? "never" : r[3].toString(), r[4] == null ? ""
                        : "RUNNING".equals(r[4]) && !"ACTIVE".equals(r[2]) ? "stopped" : ((String) r[4]).toLowerCase(),
                num(r[7]), num(r[8]), num(r[9]), num(r[10]), r[5] == null ? null : ((Number) r[5]).longValue(),
                NativeValues.instant(r[11]), MeasuredOutcome.read(r, 12))).toList();
    }

    /**
     * An occurrence of a campaign.
     *
     * @param treated customers whose message was queued (the sends); heldOut drawn into the holdout
     * @param outcome its outcome as stored by CampaignOutcomes
     */
    public record Run(long runId, String campaignId, String name, String kind, Instant startedAt, long treated,
                      long heldOut, MeasuredOutcome outcome) {
    }

    /**
     * The business's occurrences started at or after {@code from} and before {@code to}, newest first, at most
     * {@code limit}: its campaigns (ix_campaign_business), then each one's occurrences by uk_campaign_occurrence.
     */
    public List<Run> runsStarted(String businessId, Instant from, Instant to, int limit) {
        InstantConverter utc = new InstantConverter();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, c.id, c.name, c.kind, r.started_at, r.treated,"
                + " r.held_out, " + MeasuredOutcome.COLUMNS
                + " FROM campaign c JOIN campaign_run r ON r.campaign_id = c.id"
                + " LEFT JOIN campaign_run_outcome o ON o.run_id = r.id AND o.days = " + UPLIFT_DAYS
                + " WHERE c.business_id = ? AND r.started_at >= ? AND r.started_at < ?"
                + " ORDER BY r.started_at DESC, r.id DESC LIMIT ?").setParameter(1, businessId)
                .setParameter(2, utc.convertToDatabaseColumn(from)).setParameter(3, utc.convertToDatabaseColumn(to))
                .setParameter(4, limit).getResultList();
        return rows.stream().map(r -> new Run(num(r[0]), (String) r[1], (String) r[2], (String) r[3],
                NativeValues.instant(r[4]), num(r[5]), num(r[6]), MeasuredOutcome.read(r, 7))).toList();
    }

    /** What the treated and the held-out customers of an occurrence did in the {@code days} after it started. */
    public record Outcome(Uplift.Group treated, Uplift.Group heldOut) implements java.io.Serializable {
    }

    /**
     * The one computation of an outcome: each treated and held-out recipient joined with their sales (and those of
     * records merged into theirs, found by the index on merged_into) in the {@code days} after the start, by the
     * sales' (customer, time) index. (Joined as "the customer or a record merged into them", MariaDB read every
     * customer for every recipient: minutes for 20,000 recipients at a million customers.) Seconds for an
     * occurrence of a million customers: only CampaignOutcomes' job calls it; pages read what it stored.
     */
    public Outcome outcome(long runId, int days) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT v.decision, COUNT(*), SUM(v.n > 0), SUM(v.n), SUM(v.n * v.n), SUM(v.rev), SUM(v.rev * v.rev)
                FROM (SELECT x.customer_id, x.decision, COUNT(s.id) AS n, COALESCE(SUM(s.due_minor), 0) AS rev
                      FROM campaign_recipient x JOIN campaign_run r ON r.id = x.run_id
                      JOIN (SELECT x2.customer_id AS head, x2.customer_id AS member FROM campaign_recipient x2
                            WHERE x2.run_id = ?
                            UNION ALL SELECT m.merged_into, m.id FROM campaign_recipient x3
                            JOIN customer m ON m.merged_into = x3.customer_id WHERE x3.run_id = ?) k
                        ON k.head = x.customer_id
                      LEFT JOIN sale s ON s.customer_id = k.member AND s.rung_up_at > r.started_at
                                      AND s.rung_up_at <= r.started_at + INTERVAL ? DAY
                      WHERE x.run_id = ? AND x.decision IN ('T', 'H')
                      GROUP BY x.customer_id, x.decision) v
                GROUP BY v.decision""").setParameter(1, runId).setParameter(2, runId).setParameter(3, days)
                .setParameter(4, runId).getResultList();
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
