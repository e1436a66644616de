package org.bianzhi.shared.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready means: the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SchemaMigration migration;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean up = false;
        String product = "";
        try (Connection c = dataSource.getConnection()) {
            up = migration.migrated() && c.isValid(2);
            product = c.getMetaData().getDatabaseProductName();
        } catch (Exception e) {
            product = e.getMessage();
        }
        return HealthCheckResponse.named("database").status(up).withData("database", product).build();
    }
}
