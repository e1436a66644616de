package org.bianzhi.reports.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of an {@link EntityManager} for {@link ReportQueries}: {@code createNativeQuery} with {@code ?n} parameters,
 * run over a plain JDBC connection (the test's transaction), rows as a JPA provider gives them (one column: the value,
 * several: {@code Object[]}). No JPA provider is on the test class path, and the reports' SQL is what is under test.
 */
final class NativeQueries {

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    private NativeQueries() {
    }

    static ReportQueries over(Connection c) {
        ReportQueries q = new ReportQueries();
        q.em = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("createNativeQuery") && args.length == 1) return query(c, (String) args[0]);
                    throw new UnsupportedOperationException(method.getName());
                });
        return q;
    }

    private static Query query(Connection c, String sql) {
        Map<Integer, Object> values = new TreeMap<>();
        return (Query) Proxy.newProxyInstance(Query.class.getClassLoader(), new Class<?>[] {Query.class}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "setParameter" -> {
                    values.put((Integer) args[0], args[1]);
                    return proxy;
                }
                case "getResultList" -> {
                    return rows(c, sql, values);
                }
                default -> throw new UnsupportedOperationException(method.getName());
            }
        });
    }

    private static List<Object> rows(Connection c, String sql, Map<Integer, Object> values) throws SQLException {
        List<Object> bound = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (!values.containsKey(n)) throw new IllegalStateException("parameter ?" + n + " not set in " + sql);
            bound.add(values.get(n));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        try (PreparedStatement s = c.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < bound.size(); i++) s.setObject(i + 1, bound.get(i));
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                List<Object> rows = new ArrayList<>();
                while (r.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) row[i] = r.getObject(i + 1);
                    rows.add(columns == 1 ? row[0] : row);
                }
                return rows;
            }
        }
    }
}
