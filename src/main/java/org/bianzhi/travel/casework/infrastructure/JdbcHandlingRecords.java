package org.bianzhi.travel.casework.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.travel.approval.domain.ApprovalRules.Handling;
import org.bianzhi.travel.casework.domain.HandlingMethod;
import org.bianzhi.travel.casework.domain.HandlingRecords;
import org.bianzhi.travel.casework.domain.ProblemClass;

@ApplicationScoped
public class JdbcHandlingRecords implements HandlingRecords {

    private static final int BATCH = 500;
    /** Who was handled: the person of the case, but for 审批把关不严 the responsible approver (none when not registered). */
    private static final String HANDLED = "case when c.problem_class = 'LAX_APPROVAL' then c.responsible_person_id else c.person_id end";
    private static final String SELECT = "select " + HANDLED + ", c.id, c.problem_class, h.method, h.decided_on"
            + " from travel_case_handling h join travel_case c on c.id = h.case_id where " + HANDLED + " is not null";

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    /** Over a data source of its own, outside the server (tests of the checks that read handlings). */
    public static JdbcHandlingRecords over(DataSource dataSource) {
        JdbcHandlingRecords records = new JdbcHandlingRecords();
        records.dataSource = dataSource;
        return records;
    }

    @Override
    public List<Handling> of(long personId) {
        return ofPeople(List.of(personId)).getOrDefault(personId, List.of());
    }

    @Override
    public Map<Long, List<Handling>> ofPeople(Collection<Long> personIds) {
        return Sql.call(dataSource, c -> {
            Map<Long, List<Handling>> byPerson = new HashMap<>();
            Sql.Row<Void> collect = r -> {
                byPerson.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Handling(r.getLong(2),
                        ProblemClass.valueOf(r.getString(3)), HandlingMethod.valueOf(r.getString(4)), r.getDate(5).toLocalDate()));
                return null;
            };
            if (personIds == null) {
                Sql.list(c, SELECT, collect);
                return byPerson;
            }
            List<Long> ids = new ArrayList<>(personIds);
            for (int i = 0; i < ids.size(); i += BATCH) {
                List<Long> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
                Sql.list(c, SELECT + " and " + HANDLED + " in (" + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")",
                        collect, batch.toArray());
            }
            return byPerson;
        });
    }
}
