package org.bianzhi.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prepares the database the forked server will use (failsafe sets the same environment for both):
 * H2 in a fresh data directory, or PostgreSQL in a fresh schema. Without a reachable PostgreSQL the
 * PostgreSQL run is skipped, unless {@code BIANZHI_REQUIRE_POSTGRES=true} (CI), where it must run.
 */
public class TestDatabase implements ExecutionCondition {

    private static Boolean available;

    @Override
    public synchronized ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (available == null) available = prepare();
        return available ? ConditionEvaluationResult.enabled("database " + kind() + " ready")
                : ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + System.getenv("BIANZHI_DB_URL")
                        + "; set BIANZHI_REQUIRE_POSTGRES=true to make this a failure");
    }

    static String kind() {
        String k = System.getenv("BIANZHI_TEST_DB");
        return k == null ? "h2" : k;
    }

    private static boolean prepare() {
        if (!"postgresql".equals(kind())) {
            String dir = System.getenv("BIANZHI_DATA_DIR");
            if (dir != null) deleteTree(Path.of(dir));
            return true;
        }
        try {
            recreateSchema(schemaOfRun());
            return true;
        } catch (SQLException e) {
            if ("true".equals(System.getenv("BIANZHI_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL is required for this run but not reachable: " + e.getMessage(), e);
            }
            return false;
        }
    }

    /** The schema the run's URL names ({@code -Dit.pg.url=…?currentSchema=…}), so parallel checkouts need not share one. */
    private static String schemaOfRun() {
        var m = java.util.regex.Pattern.compile("currentSchema=([a-z0-9_]+)").matcher(System.getenv("BIANZHI_DB_URL"));
        return m.find() ? m.group(1) : "bianzhi_it";
    }

    /** The PostgreSQL server of this run (its URL without parameters), with an empty schema of this name. */
    static String recreateSchema(String schema) throws SQLException {
        String base = System.getenv("BIANZHI_DB_URL").replaceAll("\\?.*$", "");
        try (Connection c = DriverManager.getConnection(base, System.getenv("BIANZHI_DB_USER"), System.getenv("BIANZHI_DB_PASSWORD"));
             Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        }
        return base;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
