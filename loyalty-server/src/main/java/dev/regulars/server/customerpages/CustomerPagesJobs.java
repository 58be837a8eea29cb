package dev.regulars.server.customerpages;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hourly: expired join codes and old rate-limit counters are deleted (PhoneCodePurge). */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class CustomerPagesJobs {

    private static final Logger LOG = Logger.getLogger(CustomerPagesJobs.class.getName());

    @Inject
    private PhoneCodePurge purge;

    @Schedule(hour = "*", minute = "41", persistent = false)
    void purgeOldCodes() {
        try {
            PhoneCodePurge.Purged purged = purge.run();
            if (purged.codes() + purged.counters() > 0) {
                LOG.info(() -> purged.codes() + " expired join codes and " + purged.counters()
                        + " old rate-limit counters deleted");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the join codes could not be purged; the next hour tries again", e);
        }
    }
}
