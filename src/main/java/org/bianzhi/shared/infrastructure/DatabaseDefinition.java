package org.bianzhi.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source. Its class decides H2 or PostgreSQL from configuration at
 * run time, so one build serves both (a URL in web.xml cannot hold environment placeholders).
 */
@DataSourceDefinition(
        name = DatabaseDefinition.JNDI_NAME,
        className = "org.bianzhi.shared.infrastructure.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
public class DatabaseDefinition {
    public static final String JNDI_NAME = "java:app/jdbc/bianzhi";
}
