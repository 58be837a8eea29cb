package dev.regulars.server.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the due occurrences of active campaigns, on whichever node holds the occurrence's lease (a row lock would
 * not survive the many transactions of a run; a lease in the row does, and runs out if its node dies). Each chunk
 * of the audience is decided and queued in one transaction ({@link CampaignChunk}), so a run stopped anywhere
 * resumes with the customers not decided yet: nobody is skipped and nobody gets two messages.
 */
@ApplicationScoped
public class CampaignRunner {

    /** How long an occurrence's lease lasts without renewal: after a node dies, the wait before another resumes. */
    @Inject
    @ConfigProperty(name = "regulars.campaigns.lease-seconds", defaultValue = "120")
    private int leaseSeconds;
    /** This node's name in leases; several processes must not share one. */
    @Inject
    @ConfigProperty(name = "regulars.node-name")
    private Optional<String> nodeName;
    private final String fallbackNode = UUID.randomUUID().toString();

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private CampaignChunk chunks;
    @Inject
    private CampaignRunner self;
    @Inject
    private Clock clock;
    @Inject
    private dev.regulars.server.stores.TerminalRegistry stores;

    /** @return how many customers were decided in this call, over all campaigns */
    public int runDue() {
        List<Campaign> active = em.createQuery("SELECT c FROM Campaign c WHERE c.status = :a", Campaign.class)
                .setParameter("a", Campaign.Status.ACTIVE).getResultList();
        int decided = 0;
        for (Campaign campaign : active) {
            decided += runIfDue(campaign);
        }
        return decided;
    }

    private int runIfDue(Campaign campaign) {
        ZoneId zone = stores.zoneOf(campaign.businessId());
        ZonedDateTime local = clock.instant().atZone(zone);
        // a daily campaign's occurrence is today's, from its time on; a one-time campaign's is its date (run late
        // if the server was down then)
        LocalDate occurrence = campaign.onceOn() != null ? campaign.onceOn() : local.toLocalDate();
        boolean beforeItsTime = local.toLocalDate().isBefore(occurrence) || (local.toLocalDate().equals(occurrence)
                && local.toLocalTime().isBefore(campaign.sendAt()));
        if (beforeItsTime) {
            return 0;
        }
        if (campaign.kind() == CampaignKind.LOW_RATING) {
            self.closeEarlierDays(campaign.id(), occurrence);
        }
        long runId = self.openRun(campaign.id(), occurrence);
        if (runId < 0) {
            return 0; // done already
        }
        int decided = 0;
        while (!campaign.quietHours().contains(clock.instant().atZone(zone).toLocalTime()) && self.lease(runId)) {
            int n = chunks.decide(campaign, runId, occurrence, zone);
            decided += n;
            if (n == 0) {
                // a low-rating follow-up answers ratings as they come: its day's occurrence stays open and is
                // looked at again on every pass (15 s) until the day is over
                if (campaign.kind() != CampaignKind.LOW_RATING) {
                    self.finish(runId);
                }
                break;
            }
        }
        return decided;
    }

    /** The occurrence's run, created if it is the first look at it; -1 when it is done. */
    @Transactional(TxType.REQUIRES_NEW)
    public long openRun(String campaignId, LocalDate occurrence) {
        em.createNativeQuery("INSERT IGNORE INTO campaign_run (campaign_id, occurrence_on, status, started_at)"
                        + " VALUES (?, ?, 'RUNNING', ?)")
                .setParameter(1, campaignId).setParameter(2, occurrence)
                .setParameter(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("SELECT id, status FROM campaign_run WHERE campaign_id = ?"
                        + " AND occurrence_on = ?")
                .setParameter(1, campaignId).setParameter(2, occurrence).getSingleResult();
        return "DONE".equals(row[1]) ? -1 : ((Number) row[0]).longValue();
    }

    /** A low-rating follow-up's occurrences of days that are over are done. */
    @Transactional(TxType.REQUIRES_NEW)
    public void closeEarlierDays(String campaignId, LocalDate today) {
        em.createNativeQuery("UPDATE campaign_run SET status = 'DONE', finished_at = ?, lease_owner = NULL,"
                        + " lease_until = NULL WHERE campaign_id = ? AND status = 'RUNNING' AND occurrence_on < ?")
                .setParameter(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).setParameter(2, campaignId)
                .setParameter(3, today).executeUpdate();
    }

    /** Takes or renews the run's lease for this node; false when another node holds it or the campaign is paused. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean lease(long runId) {
        Instant now = clock.instant();
        // a campaign paused mid-run stops at its next chunk: no lease for a campaign that is not active
        return em.createNativeQuery("UPDATE campaign_run SET lease_owner = ?, lease_until = ? WHERE id = ?"
                        + " AND status = 'RUNNING' AND (lease_owner = ? OR lease_until IS NULL OR lease_until < ?)"
                        + " AND EXISTS (SELECT 1 FROM campaign c WHERE c.id = campaign_run.campaign_id"
                        + " AND c.status = 'ACTIVE')")
                .setParameter(1, node()).setParameter(2,
                        LocalDateTime.ofInstant(now.plusSeconds(leaseSeconds), ZoneOffset.UTC))
                .setParameter(3, runId).setParameter(4, node())
                .setParameter(5, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate() == 1;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void finish(long runId) {
        em.createNativeQuery("UPDATE campaign_run SET status = 'DONE', finished_at = ?, lease_owner = NULL,"
                        + " lease_until = NULL WHERE id = ? AND lease_owner = ?")
                .setParameter(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).setParameter(2, runId)
                .setParameter(3, node()).executeUpdate();
    }

    private String node() {
        return nodeName.orElse(fallbackNode);
    }

}
