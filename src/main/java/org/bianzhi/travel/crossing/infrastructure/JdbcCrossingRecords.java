package org.bianzhi.travel.crossing.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.travel.approval.domain.Approval;
import org.bianzhi.travel.crossing.domain.CrossingRecords;
import org.bianzhi.travel.crossing.domain.Crossing;
import org.bianzhi.travel.infrastructure.TravelRows;

/** {@link CrossingRecords} over border_crossing and travel_application, in batches of ids. */
@ApplicationScoped
public class JdbcCrossingRecords implements CrossingRecords {

    private static final int BATCH = 500;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public Set<Long> peopleCrossing(LocalDate from, LocalDate to) {
        return Sql.call(dataSource, c -> new HashSet<>(Sql.list(c, "select distinct p.id from border_crossing b join person p"
                + " on p.id_number = b.id_number where b.crossed_on <= ?" + (from == null ? "" : " and b.crossed_on >= ?"),
                r -> r.getLong(1), from == null ? new Object[] {to} : new Object[] {to, from})));
    }

    @Override
    public Map<Long, List<Crossing>> crossingsOf(Collection<Long> personIds, LocalDate until) {
        return batched(personIds, (c, who, ids) -> TravelRows.crossings(c, who, ids, until));
    }

    @Override
    public Map<Long, List<Approval>> approvalsOf(Collection<Long> personIds, LocalDate asOf) {
        return batched(personIds, (c, who, ids) -> TravelRows.approvals(c, who, ids, asOf));
    }

    private interface Query<T> {
        Map<Long, List<T>> run(Connection c, String who, List<Object> ids) throws SQLException;
    }

    private <T> Map<Long, List<T>> batched(Collection<Long> personIds, Query<T> query) {
        if (personIds.isEmpty()) return Map.of();
        List<Object> all = new ArrayList<>(personIds);
        return Sql.call(dataSource, c -> {
            Map<Long, List<T>> result = new HashMap<>();
            for (int i = 0; i < all.size(); i += BATCH) {
                List<Object> ids = all.subList(i, Math.min(all.size(), i + BATCH));
                result.putAll(query.run(c, "in (?" + ", ?".repeat(ids.size() - 1) + ")", ids));
            }
            return result;
        });
    }
}
