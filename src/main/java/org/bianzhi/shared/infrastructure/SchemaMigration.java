package org.bianzhi.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database to the newest schema before anything else runs. The Flyway migrations in
 * the top-level {@code schema/} folder are the only definition of the database: {@code schema/common} for H2
 * and PostgreSQL alike, {@code schema/postgresql} for what only PostgreSQL needs.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/schema/common", "classpath:db/schema/" + vendor())
                .load();
        MigrateResult result = flyway.migrate();
        migrated = true;
        LOG.info("Bianzhi schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The folder of migrations that only this database runs: {@code postgresql} or {@code h2}. */
    private String vendor() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("database not reachable: " + e.getMessage(), e);
        }
    }

    public boolean migrated() {
        return migrated;
    }
}
