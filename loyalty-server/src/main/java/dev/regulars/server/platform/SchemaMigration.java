package dev.regulars.server.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before the application serves anything. The data source is configured by
 * MicroProfile Config: regulars.db.url, a Connector/J URL that carries user and password as query parameters
 * (an empty password cannot be passed through Payara's MPCONFIG expansion, so credentials ride in the URL).
 */
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = "java:app/jdbc/regulars",
            className = "org.mariadb.jdbc.MariaDbDataSource",
            url = "${MPCONFIG=regulars.db.url}",
            minPoolSize = 2,
            maxPoolSize = 32),
    // connections outside the callers' transactions, for reserving blocks of ids (LedgerIds)
    @DataSourceDefinition(
            name = "java:global/jdbc/regulars-ids",
            className = "org.mariadb.jdbc.MariaDbDataSource",
            url = "${MPCONFIG=regulars.db.url}",
            transactional = false,
            minPoolSize = 1,
            maxPoolSize = 4)
})
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/regulars")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
