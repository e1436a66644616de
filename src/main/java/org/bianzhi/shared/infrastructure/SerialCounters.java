package org.bianzhi.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Gapless serial numbers (notice numbers, complaint case numbers): a counter table holds the last serial per key in
 * a column {@code last_serial}. {@code update … set last_serial = last_serial + 1} holds the row lock until the
 * caller's transaction commits, so numbers are unique, sequential and without gaps (a rolled-back number is reused).
 */
@ApplicationScoped
public class SerialCounters {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Inject
    LockRows lockRows;

    /**
     * The next serial of the counter in {@code table} whose key {@code columns} have {@code values}. Table and column
     * names are the code's own constants, never user input.
     */
    public int next(String table, String[] columns, Object... values) {
        String where = Arrays.stream(columns).map(c -> c + " = ?").collect(Collectors.joining(" and "));
        String update = "update " + table + " set last_serial = last_serial + 1 where " + where;
        if (bind(em.createNativeQuery(update), values).executeUpdate() == 0) {
            // the key's first serial: create its counter row in a transaction of its own
            lockRows.ensure("select count(*) from " + table + " where " + where, "insert into " + table + " ("
                    + String.join(", ", columns) + ", last_serial) values (" + "?, ".repeat(columns.length) + "0)", values);
            bind(em.createNativeQuery(update), values).executeUpdate();
        }
        return ((Number) bind(em.createNativeQuery("select last_serial from " + table + " where " + where), values)
                .getSingleResult()).intValue();
    }

    private static Query bind(Query q, Object... values) {
        for (int i = 0; i < values.length; i++) q.setParameter(i + 1, values[i]);
        return q;
    }
}
