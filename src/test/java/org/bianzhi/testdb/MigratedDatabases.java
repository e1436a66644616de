package org.bianzhi.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two databases of {@link EachDatabase}, each migrated once per test JVM with the service's own migrations
 * ({@code schema/common}, plus {@code schema/postgresql} there): an in-memory H2, and a schema of its own on the
 * PostgreSQL of {@code -Dbianzhi.test.pg.url} (default {@code 127.0.0.1:5432/test}, schema {@code bianzhi_sql}).
 * Without a reachable PostgreSQL its invocations are skipped, unless {@code BIANZHI_REQUIRE_POSTGRES=true} (CI).
 */
public final class MigratedDatabases implements TestTemplateInvocationContextProvider {

    private static final String PG_URL = System.getProperty("bianzhi.test.pg.url",
            "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bianzhi_sql");
    private static final String PG_USER = System.getProperty("bianzhi.test.pg.user", "postgres");

    private static JdbcDataSource h2;
    private static PGSimpleDataSource postgres;
    private static String postgresMissing;

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(EachDatabase.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        List<TestTemplateInvocationContext> runs = new ArrayList<>();
        runs.add(invocation("h2"));
        runs.add(invocation("postgresql"));
        return runs.stream();
    }

    private static TestTemplateInvocationContext invocation(String kind) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int index) {
                return "[" + kind + "]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Transaction(kind));
            }
        };
    }

    /** Opens the invocation's connection in a transaction, hands it to the test, and rolls it back afterwards. */
    private static final class Transaction implements ParameterResolver, AfterTestExecutionCallback,
            ExecutionCondition {

        private final String kind;
        private TestDb db;

        Transaction(String kind) {
            this.kind = kind;
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if ("postgresql".equals(kind) && postgres() == null) {
                return ConditionEvaluationResult.disabled(postgresMissing);
            }
            return ConditionEvaluationResult.enabled(kind);
        }

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            Class<?> type = p.getParameter().getType();
            return type == Connection.class || type == TestDb.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            if (db == null) db = open();
            return p.getParameter().getType() == Connection.class ? db.connection() : db;
        }

        private TestDb open() {
            try {
                Connection c = "h2".equals(kind) ? h2().getConnection() : postgres().getConnection();
                c.setAutoCommit(false);
                return new TestDb(c);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot open the " + kind + " test database", e);
            }
        }

        @Override
        public void afterTestExecution(ExtensionContext context) throws SQLException {
            if (db == null) return;
            try (Connection c = db.connection()) {
                c.rollback();
            } finally {
                db = null;
            }
        }
    }

    static synchronized JdbcDataSource h2() {
        if (h2 == null) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:bianzhi_sql;DB_CLOSE_DELAY=-1");
            ds.setUser("sa");
            migrate(ds, "h2");
            h2 = ds;
        }
        return h2;
    }

    /** The migrated PostgreSQL schema, or null (and the reason in {@link #postgresMissing}) when none can be reached. */
    static synchronized PGSimpleDataSource postgres() {
        if (postgres != null || postgresMissing != null) return postgres;
        try {
            var m = Pattern.compile("currentSchema=([a-z0-9_]+)").matcher(PG_URL);
            String schema = m.find() ? m.group(1) : "bianzhi_sql";
            try (Connection c = DriverManager.getConnection(PG_URL.replaceAll("\\?.*$", ""), PG_USER, "");
                 Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
                s.execute("create schema " + schema);
            }
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(PG_URL);
            ds.setUser(PG_USER);
            migrate(ds, "postgresql");
            postgres = ds;
        } catch (SQLException e) {
            if ("true".equals(System.getenv("BIANZHI_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL is required for this run but not reachable at " + PG_URL + ": " + e.getMessage(), e);
            }
            postgresMissing = "PostgreSQL not reachable at " + PG_URL + "; set BIANZHI_REQUIRE_POSTGRES=true to make this a failure";
        }
        return postgres;
    }

    private static void migrate(DataSource ds, String vendor) {
        Flyway.configure().dataSource(ds).locations("classpath:db/schema/common", "classpath:db/schema/" + vendor).load().migrate();
    }
}
