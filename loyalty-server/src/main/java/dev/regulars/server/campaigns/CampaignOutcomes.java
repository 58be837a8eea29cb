package dev.regulars.server.campaigns;

import dev.regulars.core.campaigns.Uplift;
import dev.regulars.server.platform.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps each campaign occurrence's outcome (CampaignReport's {@code outcome}, the one computation) in
 * campaign_run_outcome, as {@link OutcomeSchedule} says when, so the Campaigns and Figures pages read a row. Each
 * measure is one transaction that holds the outcome row ({@code FOR UPDATE SKIP LOCKED}): a node finding it held
 * leaves it to the node measuring it, so two nodes never compute the same occurrence; a node that dies mid-measure
 * lets the row go with its connection. The campaign_run row is not locked: a running occurrence's chunks go on.
 */
@ApplicationScoped
public class CampaignOutcomes {

    /** Measures in one round at most (a rebuild asks for many): the rest come in the next rounds. */
    static final int PER_ROUND = 20;
    /** Occurrences started this long ago or less are noted; older ones were noted when they started. */
    static final Duration NOTED_WITHIN = Duration.ofDays(CampaignReport.UPLIFT_DAYS + 60L);

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CampaignReport report;
    @Inject
    private CampaignOutcomes self;
    @Inject
    private Clock clock;

    /** An occurrence whose outcome is not final yet. */
    record Open(long runId, Instant startedAt, Instant measuredAt) {
    }

    /**
     * One round: notes the occurrences started since, then measures those due, never measured first, then the
     * longest ago.
     *
     * @return how many were measured
     */
    public int measureDue() {
        self.noteNewRuns();
        OutcomeSchedule schedule = new OutcomeSchedule(clock, CampaignReport.UPLIFT_DAYS);
        List<Open> due = self.open().stream().filter(o -> schedule.due(o.startedAt(), o.measuredAt(), false))
                .sorted(Comparator.comparing(Open::measuredAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .limit(PER_ROUND).toList();
        int measured = 0;
        for (Open o : due) {
            measured += self.measure(o.runId()) ? 1 : 0;
        }
        return measured;
    }

    /** A row, not measured yet, for each occurrence started within {@link #NOTED_WITHIN} that has none. */
    @Transactional(TxType.REQUIRES_NEW)
    public void noteNewRuns() {
        @SuppressWarnings("unchecked")
        List<Object> fresh = em.createNativeQuery("SELECT r.id FROM campaign_run r LEFT JOIN campaign_run_outcome o"
                        + " ON o.run_id = r.id AND o.days = ? WHERE r.started_at >= ? AND o.run_id IS NULL")
                .setParameter(1, CampaignReport.UPLIFT_DAYS).setParameter(2, utc(clock.instant().minus(NOTED_WITHIN)))
                .getResultList();
        for (Object id : fresh) {
            em.createNativeQuery("INSERT IGNORE INTO campaign_run_outcome (run_id, days) VALUES (?, ?)")
                    .setParameter(1, ((Number) id).longValue()).setParameter(2, CampaignReport.UPLIFT_DAYS)
                    .executeUpdate();
        }
    }

    /** The occurrences whose outcome is not final (ix_outcome_open). */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Open> open() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.run_id, r.started_at, o.measured_at"
                        + " FROM campaign_run_outcome o JOIN campaign_run r ON r.id = o.run_id"
                        + " WHERE o.days = ? AND o.is_final = FALSE")
                .setParameter(1, CampaignReport.UPLIFT_DAYS).getResultList();
        List<Open> open = new ArrayList<>();
        for (Object[] r : rows) {
            open.add(new Open(((Number) r[0]).longValue(), NativeValues.instant(r[1]),
                    r[2] == null ? null : NativeValues.instant(r[2])));
        }
        return open;
    }

    /**
     * Measures the occurrence if it is still due once its row is held.
     *
     * @return false when another node holds the row or it is not due any more
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean measure(long runId) {
        int days = CampaignReport.UPLIFT_DAYS;
        @SuppressWarnings("unchecked")
        List<Object[]> held = em.createNativeQuery("SELECT measured_at, is_final FROM campaign_run_outcome"
                        + " WHERE run_id = ? AND days = ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, runId).setParameter(2, days).getResultList();
        if (held.isEmpty()) {
            return false;
        }
        Instant startedAt = NativeValues.instant(em.createNativeQuery("SELECT started_at FROM campaign_run"
                + " WHERE id = ?").setParameter(1, runId).getSingleResult());
        OutcomeSchedule schedule = new OutcomeSchedule(clock, days);
        Object[] row = held.get(0);
        boolean wasFinal = row[1] instanceof Boolean b ? b : ((Number) row[1]).intValue() != 0;
        if (!schedule.due(startedAt, row[0] == null ? null : NativeValues.instant(row[0]), wasFinal)) {
            return false;
        }
        boolean isFinal = schedule.finalNow(startedAt);
        CampaignReport.Outcome outcome = report.outcome(runId, days);
        Uplift.Group t = outcome.treated();
        Uplift.Group h = outcome.heldOut();
        em.createNativeQuery("UPDATE campaign_run_outcome SET treated_customers = ?, treated_returned = ?,"
                        + " treated_visits = ?, treated_visits_sq = ?, treated_revenue_minor = ?, treated_revenue_sq = ?,"
                        + " held_customers = ?, held_returned = ?, held_visits = ?, held_visits_sq = ?,"
                        + " held_revenue_minor = ?, held_revenue_sq = ?, measured_at = ?, is_final = ?"
                        + " WHERE run_id = ? AND days = ?")
                .setParameter(1, t.customers()).setParameter(2, t.returned()).setParameter(3, t.visits())
                .setParameter(4, t.visitsSquared()).setParameter(5, t.revenueMinor())
                .setParameter(6, t.revenueSquared()).setParameter(7, h.customers()).setParameter(8, h.returned())
                .setParameter(9, h.visits()).setParameter(10, h.visitsSquared()).setParameter(11, h.revenueMinor())
                .setParameter(12, h.revenueSquared()).setParameter(13, utc(clock.instant()))
                .setParameter(14, isFinal).setParameter(15, runId).setParameter(16, days).executeUpdate();
        return true;
    }

    /**
     * For the operator's rebuild (analytics' RebuildFigures), on its connection and in its transaction: the final
     * outcomes of the business's occurrences become not final, so the server's job measures each once more (their
     * windows are closed: the new measure is final again). Open ones are measured every hour anyway.
     *
     * @return how many outcomes will be measured again
     */
    public static int measureAgain(Connection db, String businessId) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("UPDATE campaign_run_outcome o"
                + " JOIN campaign_run r ON r.id = o.run_id JOIN campaign c ON c.id = r.campaign_id"
                + " SET o.is_final = FALSE WHERE c.business_id = ? AND o.is_final = TRUE")) {
            st.setString(1, businessId);
            return st.executeUpdate();
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
