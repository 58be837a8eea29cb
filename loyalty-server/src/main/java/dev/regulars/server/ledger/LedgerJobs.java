package dev.regulars.server.ledger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/** The nightly balance check of every business. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class LedgerJobs {

    @Inject
    private LedgerAudit audit;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void checkBalances() {
        audit.businesses().forEach(audit::check);
    }
}
