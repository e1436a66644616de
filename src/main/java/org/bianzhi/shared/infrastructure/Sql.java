package org.bianzhi.shared.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Small JDBC helpers for set-based work outside JPA (imports, the audit): statements, binding, vendor words. */
public final class Sql {

    private Sql() {
    }

    public interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    public interface VoidWork {
        void apply(Connection c) throws SQLException;
    }

    public static <T> T call(DataSource ds, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException("数据库操作失败：" + e.getMessage(), e);
        }
    }

    public static void run(DataSource ds, VoidWork work) {
        call(ds, c -> {
            work.apply(c);
            return null;
        });
    }

    /** Reads one result row. */
    public interface Row<T> {
        T map(ResultSet r) throws SQLException;
    }

    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (r.next()) result.add(row.map(r));
                return result;
            }
        }
    }

    /** One statement run for each row of parameters, as one JDBC batch. */
    public static void batch(Connection c, String sql, Iterable<Object[]> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(s, row);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        }
    }

    public static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof LocalDate d) s.setDate(i + 1, Date.valueOf(d));
            else if (p instanceof Instant t) s.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
            else s.setObject(i + 1, p);
        }
    }

    /** {@code n} ids from a sequence that advances by 50 (the project's convention): each value fetched opens a block of 50. */
    public static long[] ids(Connection c, String sequence, int n) throws SQLException {
        long[] ids = new long[n];
        if (n == 0) return ids;
        boolean postgres = postgres(c);
        // every block in one query (a value per row), in the order the sequence gave them
        List<Long> blocks = list(c, "select " + nextValue(postgres, sequence) + " from " + (postgres ? "generate_series" : "system_range")
                + "(1, ?)", r -> r.getLong(1), (n + 49) / 50);
        blocks.sort(null);
        for (int i = 0; i < n; i++) ids[i] = blocks.get(i / 50) + i % 50;
        return ids;
    }

    /**
     * {@code n} ids from a sequence that JPA also draws from, in its blocks: EclipseLink takes a value fetched as the
     * last of its block of 50 (value - 49 .. value), so a block {@link #ids} opens at a value would overlap JPA's next one.
     */
    public static long[] sharedIds(Connection c, String sequence, int n) throws SQLException {
        long[] ids = ids(c, sequence, n);
        for (int i = 0; i < n; i++) ids[i] -= 49;
        return ids;
    }

    public static boolean postgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /** The SQL expression taking the next value of a sequence, in this database's words. */
    public static String nextValue(boolean postgres, String sequence) {
        return postgres ? "nextval('" + sequence + "')" : "next value for " + sequence;
    }

    /** The one number a query answers (a count, a flag as 0/1, a new id). */
    public static long single(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * A date column as a day (null when empty). Not {@code getObject(column, LocalDate.class)}: through the server's
     * pooled connection that call finds its method by reflection on every row (15 % of a province's export).
     */
    public static LocalDate localDate(ResultSet r, int column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static LocalDate localDate(ResultSet r, String column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** A number column that may be empty, without the reflective {@code getObject(column, Long.class)}. */
    public static Long nullableLong(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    public static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
