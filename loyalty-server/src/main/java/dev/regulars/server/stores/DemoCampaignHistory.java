package dev.regulars.server.stores;

import dev.regulars.core.campaigns.Holdout;
import dev.regulars.server.platform.InstantConverter;
import dev.regulars.server.platform.MultiRowInsert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign of the demo that already ran: an occurrence {@link #DAYS_AGO} days back that reached the demo's
 * customers with an e-mail address, a random fifth held out by the same draw as a real run (loyalty-core's Holdout).
 * What those customers did afterwards is the demo's own visit history, so the Campaigns page's uplift report has
 * real figures to compare (which, as the visits were not caused by any message, show no clear difference).
 */
@ApplicationScoped
public class DemoCampaignHistory {

    /** When the past occurrence started, in days before the seed. */
    public static final int DAYS_AGO = 40;
    private static final int HOLDOUT_BP = 2_000;
    private static final MultiRowInsert RECIPIENTS = new MultiRowInsert("campaign_recipient",
            List.of("run_id", "customer_id", "decision", "channel", "decided_at"));

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;

    /**
     * Gives the ended campaign {@code campaignId} its occurrence of {@link #DAYS_AGO} days before {@code now}.
     *
     * @param phonePrefix the demo customers' phone numbers start with it
     */
    @Transactional
    public void ranBefore(String campaignId, Instant now, ZoneId zone, String phonePrefix) {
        Instant started = now.minus(Duration.ofDays(DAYS_AGO));
        LocalDateTime at = new InstantConverter().convertToDatabaseColumn(started);
        em.createNativeQuery("INSERT INTO campaign_run (campaign_id, occurrence_on, status, started_at, finished_at)"
                        + " VALUES (?, ?, 'DONE', ?, ?)")
                .setParameter(1, campaignId).setParameter(2, started.atZone(zone).toLocalDate())
                .setParameter(3, at).setParameter(4, at.plusMinutes(2)).executeUpdate();
        long run = ((Number) em.createNativeQuery("SELECT id FROM campaign_run WHERE campaign_id = ?")
                .setParameter(1, campaignId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<String> reached = em.createNativeQuery("SELECT id FROM customer WHERE phone_e164 LIKE ? AND email IS NOT"
                + " NULL AND first_visit_at < ? ORDER BY id").setParameter(1, phonePrefix + "%").setParameter(2, at)
                .getResultList();
        List<Object[]> decided = new ArrayList<>();
        long heldOut = 0;
        for (String customer : reached) {
            boolean held = Holdout.isHeldOut(run, customer, HOLDOUT_BP);
            heldOut += held ? 1 : 0;
            decided.add(new Object[] {run, customer, held ? "H" : "T", held ? null : "EMAIL", at});
        }
        try {
            RECIPIENTS.insert(em.unwrap(Connection.class), decided);
        } catch (SQLException e) {
            throw new IllegalStateException("the demo's past occurrence could not be written", e);
        }
        em.createNativeQuery("UPDATE campaign_run SET treated = ?, held_out = ? WHERE id = ?")
                .setParameter(1, reached.size() - heldOut).setParameter(2, heldOut).setParameter(3, run)
                .executeUpdate();
    }

    /** The holdout share of the past occurrence, in basis points: what its campaign's settings must say. */
    public static int holdoutBp() {
        return HOLDOUT_BP;
    }
}
