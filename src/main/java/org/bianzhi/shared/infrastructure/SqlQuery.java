package org.bianzhi.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.bianzhi.shared.domain.UnitPath;

/**
 * The one SQL builder: a native statement built piece by piece with its parameters ({@code ?}, bound in the order
 * added), so that the as-of and scope conditions read as words and are written once. Runs through {@link Sql}.
 */
public final class SqlQuery {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public SqlQuery(String text, Object... p) {
        and(text, p);
    }

    /** Appends {@code text} (after a space) with the parameters of its {@code ?}s. */
    public SqlQuery and(String text, Object... p) {
        sql.append(' ').append(text);
        Collections.addAll(params, p);
        return this;
    }

    /** Appends another query (a subquery) with its parameters. */
    public SqlQuery and(SqlQuery sub) {
        sql.append(' ').append(sub.sql);
        params.addAll(sub.params);
        return this;
    }

    /** {@code and} the effective-dated row {@code alias} is in force on {@code d}. */
    public SqlQuery inForce(String alias, LocalDate d) {
        return and("and " + inForce(alias, "?"), d, d);
    }

    /**
     * The as-of condition, for a statement written as one string: the effective-dated row {@code alias} (null: the
     * columns unqualified) is in force on {@code day}, a SQL expression ({@code ?}, {@code ?3}, a column) that the
     * caller binds twice when it is a parameter. From inclusive, to exclusive, an open end never ends.
     */
    public static String inForce(String alias, String day) {
        String a = alias == null ? "" : alias + ".";
        return a + "valid_from <= " + day + " and (" + a + "valid_to is null or " + a + "valid_to > " + day + ")";
    }

    /** The same condition in JPQL, over the {@code period} ({@code EffectivePeriod}) of entity {@code alias}. */
    public static String periodInForce(String alias, String day) {
        String p = alias + ".period.";
        return p + "validFrom <= " + day + " and (" + p + "validTo is null or " + p + "validTo > " + day + ")";
    }

    /** {@code and} the unit path {@code pathColumn} lies in {@code subtree} (the caller's scope); null: every unit. */
    public SqlQuery within(String pathColumn, String subtree) {
        return subtree == null ? this : and("and " + pathColumn + " like ?", UnitPath.likePattern(subtree));
    }

    /** {@code and column} is one of {@code values}; nothing matches an empty set. */
    public SqlQuery in(String column, Collection<?> values) {
        if (values.isEmpty()) return and("and 1 = 0");
        sql.append(" and ").append(column).append(" in (").append("?,".repeat(values.size() - 1)).append("?)");
        params.addAll(values);
        return this;
    }

    public <T> List<T> list(Connection c, Sql.Row<T> row) throws SQLException {
        return Sql.list(c, sql.toString(), row, params.toArray());
    }

    public int update(Connection c) throws SQLException {
        return Sql.update(c, sql.toString(), params.toArray());
    }

    /**
     * The statement as a native query of {@code em}, for the few reads the rule keeps inside the JPA unit of work (the
     * id pages of lists whose rows are then loaded as entities): parameters bound by position, as for JDBC.
     */
    public Query nativeQuery(EntityManager em) {
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) q.setParameter(i + 1, params.get(i));
        return q;
    }

    /** The one number the query answers (a count). */
    public long single(Connection c) throws SQLException {
        return Sql.single(c, sql.toString(), params.toArray());
    }

    /** The parameters, in the order of their {@code ?}s. */
    public Object[] params() {
        return params.toArray();
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
