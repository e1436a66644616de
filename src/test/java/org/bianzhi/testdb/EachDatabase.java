package org.bianzhi.testdb;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of SQL that decides things, run once on a Flyway-migrated H2 and once on PostgreSQL, each time inside a
 * transaction that is rolled back afterwards: the test's fixture rows are seen by nobody else. Its parameters
 * may be a {@link java.sql.Connection} (that transaction) or a {@link TestDb} (with the fixture helpers).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(MigratedDatabases.class)
public @interface EachDatabase {
}
