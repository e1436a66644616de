package org.bianzhi.imports.infrastructure;

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

/** Small JDBC helpers for the import's own connections (outside JPA, committed by hand or at once). */
final class Sql {

    private Sql() {
    }

    interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    interface VoidWork {
        void apply(Connection c) throws SQLException;
    }

    static <T> T call(DataSource ds, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException("数据库操作失败：" + e.getMessage(), e);
        }
    }

    static void run(DataSource ds, VoidWork work) {
        call(ds, c -> {
            work.apply(c);
            return null;
        });
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        }
    }

    static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof LocalDate d) s.setDate(i + 1, Date.valueOf(d));
            else if (p instanceof Instant t) s.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
            else s.setObject(i + 1, p);
        }
    }

    static boolean postgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /** The SQL expression taking the next value of a sequence, in this database's words. */
    static String nextValue(boolean postgres, String sequence) {
        return postgres ? "nextval('" + sequence + "')" : "next value for " + sequence;
    }

    /** The one number a query answers (a count, a flag as 0/1, a new id). */
    static long single(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    interface RowMapper<T> {
        T map(ResultSet r) throws SQLException;
    }

    /** Every row a query answers, mapped. */
    static <T> List<T> list(Connection c, String sql, Object[] params, RowMapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) rows.add(mapper.map(r));
            }
        }
        return rows;
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
