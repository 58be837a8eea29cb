package dev.regulars.server.campaigns;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/** Every 15 seconds: due campaign occurrences start or go on (leases keep each to one node at a time). */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class CampaignJobs {

    @Inject
    private CampaignRunner runner;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void runDueOccurrences() {
        runner.runDue();
    }
}
