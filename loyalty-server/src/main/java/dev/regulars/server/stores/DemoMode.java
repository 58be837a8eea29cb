package dev.regulars.server.stores;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With regulars.demo.seed=true the server starts with the demo café (after the schema is migrated); with
 * regulars.demo.marketing=true as well, with a year of customers, ratings and campaigns for a marketer to try.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoMode {

    private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

    @Inject
    @ConfigProperty(name = "regulars.demo.seed", defaultValue = "false")
    private boolean seed;
    @Inject
    @ConfigProperty(name = "regulars.demo.pairing-code", defaultValue = "DEMO-2026")
    private String pairingCode;
    @Inject
    @ConfigProperty(name = "regulars.demo.marketing", defaultValue = "false")
    private boolean marketing;
    @Inject
    private DemoBusinessSeed demo;
    @Inject
    private DemoMarketingSeed marketingDemo;

    @PostConstruct
    void start() {
        if (seed) {
            demo.seed(pairingCode);
            LOG.info("Demo café ready; pair a till with the demo pairing code");
            if (marketing && marketingDemo.seed()) {
                LOG.info("Demo customers, visits, ratings and campaigns added for the marketer");
            }
        }
    }
}
