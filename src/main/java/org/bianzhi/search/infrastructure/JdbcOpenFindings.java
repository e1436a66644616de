package org.bianzhi.search.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.bianzhi.search.domain.OpenFindings;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;

/** Open findings per person, one indexed query for a page of hits. */
@ApplicationScoped
public class JdbcOpenFindings implements OpenFindings {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public Map<Long, List<String>> of(Collection<Long> personIds) {
        Map<Long, List<String>> codes = new TreeMap<>();
        if (personIds.isEmpty()) return codes;
        String in = personIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Sql.run(dataSource, c -> Sql.list(c, "select distinct person_id, rule from finding where person_id in (" + in + ")"
                + " and present = true and status <> 'RESOLVED' order by person_id, rule",
                r -> codes.computeIfAbsent(r.getLong(1), k -> new java.util.ArrayList<>()).add(r.getString(2))));
        return codes;
    }
}
