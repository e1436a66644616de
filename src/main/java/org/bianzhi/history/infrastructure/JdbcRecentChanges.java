package org.bianzhi.history.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.bianzhi.history.domain.RecentChanges;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;

/** The change log read by SQL: newest first, on the log's time index. */
@ApplicationScoped
public class JdbcRecentChanges implements RecentChanges {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    /** The from and where clauses; {@code joins} adds tables the select list reads. */
    private static String from(Filter f, String joins, List<Object> params) {
        StringBuilder w = new StringBuilder(" from change_log c left join unit u on u.id = c.unit_id" + joins + " where 1 = 1");
        if (f.unitPath() != null) {
            // a unit's own lines, and lines about people who hold or held a post or slot there (registering a
            // person has no unit of its own)
            w.append(" and (u.path like ? or (c.unit_id is null and c.person_id is not null and exists (select 1 from occupancy o"
                    + " join unit ou on ou.id = o.unit_id where o.person_id = c.person_id and ou.path like ?)))");
            params.add(UnitPath.likePattern(f.unitPath()));
            params.add(UnitPath.likePattern(f.unitPath()));
        }
        if (f.personId() != null) {
            w.append(" and c.person_id = ?");
            params.add(f.personId());
        }
        if (f.since() != null) {
            w.append(" and c.occurred_at >= ?");
            params.add(Timestamp.from(f.since()));
        }
        if (f.until() != null) {
            w.append(" and c.occurred_at < ?");
            params.add(Timestamp.from(f.until()));
        }
        if (!f.withAccounts()) w.append(" and c.entity_type <> 'account'");
        if (!f.withComplaints()) w.append(" and c.entity_type <> 'complaint'");
        if (!f.withReviews()) w.append(" and c.entity_type <> 'discipline_review'");
        return w.toString();
    }

    @Override
    public List<Line> list(Filter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String sql = "select c.id, c.occurred_at, c.actor, c.entity_type, c.entity_id, c.action, c.basis_document, c.unit_id,"
                + " u.code, c.person_id, p.name" + from(filter, " left join person p on p.id = c.person_id", params)
                + " order by c.occurred_at desc, c.id desc offset ? rows fetch first ? rows only";
        params.add(offset);
        params.add(limit);
        return Sql.call(dataSource, c -> {
            List<Object[]> rows = Sql.list(c, sql, r -> new Object[] {r.getLong(1), r.getTimestamp(2).toInstant(), r.getString(3),
                    r.getString(4), r.getLong(5), r.getString(6), r.getString(7), Sql.nullableLong(r, 8), r.getString(9),
                    Sql.nullableLong(r, 10), r.getString(11)}, params.toArray());
            Map<Long, String> names = unitNames(c, rows.stream().map(r -> (Long) r[7]).filter(Objects::nonNull).collect(Collectors.toSet()));
            return rows.stream().map(r -> new Line((Long) r[0], (Instant) r[1], (String) r[2], (String) r[3], (Long) r[4],
                    (String) r[5], (String) r[6], (String) r[8], names.get((Long) r[7]), (Long) r[9], (String) r[10])).toList();
        });
    }

    /** The current (latest) name of each unit: a page holds at most a hundred. */
    private static Map<Long, String> unitNames(Connection c, Set<Long> ids) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) return names;
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        Sql.list(c, "select unit_id, name from unit_version where unit_id in (" + marks + ") order by unit_id, valid_from",
                r -> names.put(r.getLong(1), r.getString(2)), ids.toArray());
        return names;
    }

    @Override
    public long count(Filter filter) {
        List<Object> params = new ArrayList<>();
        String sql = "select count(*)" + from(filter, "", params);
        return Sql.call(dataSource, c -> Sql.single(c, sql, params.toArray()));
    }
}
