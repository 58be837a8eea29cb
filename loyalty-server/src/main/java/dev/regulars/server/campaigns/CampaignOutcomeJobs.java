package dev.regulars.server.campaigns;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 5 seconds (a look for due occurrences is one indexed query): occurrences whose outcome is due
 * (OutcomeSchedule) are measured and stored
 * ({@link CampaignOutcomes}); a singleton of its own, so a long measure never holds the campaign runs up. A failure is
 * logged; the occurrence stays due for the next round.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class CampaignOutcomeJobs {

    private static final Logger LOG = Logger.getLogger(CampaignOutcomeJobs.class.getName());

    @Inject
    private CampaignOutcomes outcomes;

    @Schedule(hour = "*", minute = "*", second = "2/5", persistent = false)
    void measureDue() {
        try {
            outcomes.measureDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "measuring campaign outcomes failed; the next round tries again", e);
        }
    }
}
