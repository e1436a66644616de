package org.bianzhi.audit.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.bianzhi.audit.application.FindingReadModel;
import org.bianzhi.audit.domain.Finding;
import org.bianzhi.audit.domain.Rule;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.shared.infrastructure.SqlQuery;

/** The findings lists in SQL: filtered, scoped by unit path and paged in the database. */
@ApplicationScoped
public class JdbcFindingReadModel implements FindingReadModel {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    private static SqlQuery where(SqlQuery q, Filter f) {
        if (!f.all()) {
            if (f.status() == null) q.and("and f.present = ?", true);
            else q.and("and f.status = ?", f.status().name());
        }
        if (f.rule() != null) q.and("and f.rule = ?", f.rule().name());
        q.within("u.path", f.unitPath());
        if (f.personId() != null) q.and("and f.person_id = ?", f.personId());
        return q;
    }

    @Override
    public List<Finding> list(Filter filter, int offset, int limit) {
        String columns = "f." + JdbcFindingRepository.COLUMNS.replace(", ", ", f.");
        SqlQuery q = where(new SqlQuery("select " + columns + " from finding f join unit u on u.id = f.unit_id where 1 = 1"), filter)
                .and("order by u.path, f.rule, f.id offset ? rows fetch first ? rows only", offset, limit);
        return Sql.call(dataSource, c -> q.list(c, JdbcFindingRepository::finding));
    }

    @Override
    public long count(Filter filter) {
        SqlQuery q = where(new SqlQuery("select count(*) from finding f join unit u on u.id = f.unit_id where 1 = 1"), filter);
        return Sql.call(dataSource, c -> q.list(c, r -> r.getLong(1)).get(0));
    }

    @Override
    public Map<Rule, Long> countByRule(Filter filter) {
        SqlQuery q = where(new SqlQuery("select f.rule, count(*) from finding f join unit u on u.id = f.unit_id where 1 = 1"),
                new Filter(null, filter.unitPath(), filter.status(), filter.all(), filter.personId())).and("group by f.rule");
        Map<Rule, Long> counts = new EnumMap<>(Rule.class);
        for (Rule r : Rule.values()) counts.put(r, 0L);
        Sql.call(dataSource, c -> q.list(c, r -> counts.put(Rule.valueOf(r.getString(1)), r.getLong(2))));
        return counts;
    }

    @Override
    public Map<Long, UnitLabel> units(Collection<Long> ids, LocalDate asOf) {
        Map<Long, UnitLabel> result = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            // the version in force on the date, else the latest one before it (an abolished unit keeps its last name)
            SqlQuery q = new SqlQuery("select u.id, u.code, v.name, u.path, v.region_code, v.valid_from from unit u"
                    + " join unit_version v on v.unit_id = u.id and v.valid_from <= ? where 1 = 1", asOf)
                    .in("u.id", chunk).and("order by u.id, v.valid_from");
            Sql.call(dataSource, c -> q.list(c, r -> result.put(r.getLong(1),
                    new UnitLabel(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)))));
        }
        return result;
    }

    @Override
    public Map<Long, PersonLabel> people(Collection<Long> ids) {
        Map<Long, PersonLabel> result = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            SqlQuery q = new SqlQuery("select id, id_number, name, identity from person where 1 = 1").in("id", chunk);
            Sql.call(dataSource, c -> q.list(c, r -> result.put(r.getLong(1),
                    new PersonLabel(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)))));
        }
        return result;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
        return chunks;
    }
}
