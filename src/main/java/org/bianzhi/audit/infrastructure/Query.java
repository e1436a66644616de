package org.bianzhi.audit.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bianzhi.shared.infrastructure.Sql;

/** A native query built piece by piece with its parameters, so the rules' as-of and scope conditions read as words. */
final class Query {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Query(String text, Object... p) {
        and(text, p);
    }

    Query and(String text, Object... p) {
        sql.append(' ').append(text);
        params.addAll(List.of(p));
        return this;
    }

    /** Appends another query (a subquery) with its parameters. */
    Query and(Query sub) {
        sql.append(' ').append(sub.sql);
        params.addAll(sub.params);
        return this;
    }

    /** The effective-dated row {@code alias} is in force on {@code d}. */
    Query inForce(String alias, LocalDate d) {
        return and("and " + alias + ".valid_from <= ? and (" + alias + ".valid_to is null or " + alias + ".valid_to > ?)", d, d);
    }

    /** {@code column} is one of {@code ids}; nothing matches an empty set. */
    Query in(String column, Collection<Long> ids) {
        if (ids.isEmpty()) return and("and 1 = 0");
        sql.append(" and ").append(column).append(" in (").append("?,".repeat(ids.size() - 1)).append("?)");
        params.addAll(ids);
        return this;
    }

    <T> List<T> list(Connection c, Sql.Row<T> row) throws SQLException {
        return Sql.list(c, sql.toString(), row, params.toArray());
    }

    int update(Connection c) throws SQLException {
        return Sql.update(c, sql.toString(), params.toArray());
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
