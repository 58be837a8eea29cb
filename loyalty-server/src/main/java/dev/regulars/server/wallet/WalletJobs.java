package dev.regulars.server.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 2 seconds: passes learn what changed for their customers (WalletChanges, one transaction a business, after
 * the changes committed), then APNs pushes and Google updates go out. A failure is logged and the next round tries
 * again; the work is in tables, so nothing is lost in between.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class WalletJobs {

    private static final Logger LOG = Logger.getLogger(WalletJobs.class.getName());

    @Inject
    private WalletSettings settings;
    @Inject
    private WalletChanges changes;
    @Inject
    private ApnsPushes apns;
    @Inject
    private GoogleUpdates google;
    @Inject
    private WalletSetup setup;

    /** The Wallet settings' files are checked, and what is wrong with them logged, as the server starts. */
    @PostConstruct
    void checkSettings() {
        setup.check();
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void run() {
        if (!settings.apple() && !settings.google()) {
            return;
        }
        try {
            for (String business : changes.businesses()) {
                changes.scan(business);
            }
            changes.purgeVoided();
            apns.sendDue();
            google.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the Wallet round failed; the next one tries again", e);
        }
    }
}
