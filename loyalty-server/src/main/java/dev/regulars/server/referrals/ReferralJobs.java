package dev.regulars.server.referrals;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/** Grants due inviter bonuses every hour. Granting locks each referral row, so two nodes never grant twice. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ReferralJobs {

    @Inject
    private ReferralProgram referrals;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void grantDueBonuses() {
        referrals.grantDueBonuses();
    }
}
