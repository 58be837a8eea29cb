package dev.regulars.server.ledger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Nightly: points that reached their expiry are written off, then every balance is checked. Hourly: points held
 * online for sales that never arrived go back.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class LedgerJobs {

    @Inject
    private LedgerAudit audit;
    @Inject
    private PointExpiryRun expiry;
    @Inject
    private dev.regulars.server.customers.TierRecalculation tiers;

    @Inject
    private OnlineRedemptions redemptions;

    @Schedule(hour = "*", minute = "23", persistent = false)
    void releaseAbandonedHolds() {
        audit.businesses().forEach(redemptions::releaseAbandoned);
    }

    @Schedule(hour = "2", minute = "07", persistent = false)
    void recalculateTiers() {
        audit.businesses().forEach(tiers::run);
    }

    @Schedule(hour = "2", minute = "37", persistent = false)
    void expirePoints() {
        audit.businesses().forEach(expiry::run);
    }

    @Schedule(hour = "3", minute = "17", persistent = false)
    void checkBalances() {
        audit.businesses().forEach(audit::check);
    }
}
