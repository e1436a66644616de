package org.bianzhi.travel.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.travel.domain.PersonUnits;

/** A person's unit on a date, read from their occupancies, postings and appointments in batches of ids. */
@ApplicationScoped
public class JdbcPersonUnits implements PersonUnits {

    private static final int BATCH = 500;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    private record Held(long personId, int rank, LocalDate from, LocalDate to, long unitId) {
        boolean inForce(LocalDate d) {
            return to == null || to.isAfter(d);
        }
    }

    @Override
    public Map<Long, UnitRef> unitsOf(Collection<Long> personIds, LocalDate date) {
        if (personIds.isEmpty()) return Map.of();
        return Sql.call(dataSource, c -> {
            Map<Long, Long> unitOf = new HashMap<>();
            List<Long> ids = new ArrayList<>(personIds);
            for (int i = 0; i < ids.size(); i += BATCH) {
                List<Long> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
                Map<Long, Held> best = new HashMap<>();
                for (Held h : held(c, batch, date)) best.merge(h.personId(), h, (a, b) -> better(a, b, date) ? a : b);
                best.forEach((p, h) -> unitOf.put(p, h.unitId()));
            }
            Map<Long, UnitRef> units = units(c, new ArrayList<>(new java.util.HashSet<>(unitOf.values())), date);
            Map<Long, UnitRef> result = new HashMap<>();
            unitOf.forEach((p, u) -> {
                UnitRef ref = units.get(u);
                if (ref != null) result.put(p, ref);
            });
            return result;
        });
    }

    /** In force beats ended; then occupancy beats posting beats appointment; then the later start. */
    private static boolean better(Held a, Held b, LocalDate d) {
        if (a.inForce(d) != b.inForce(d)) return a.inForce(d);
        if (a.inForce(d) && a.rank() != b.rank()) return a.rank() < b.rank();
        return !a.from().isBefore(b.from());
    }

    private static List<Held> held(Connection c, List<Long> ids, LocalDate date) throws SQLException {
        String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
        String sql = "select person_id, 1, valid_from, valid_to, unit_id from occupancy where person_id in (" + in + ") and valid_from <= ?"
                + " union all select person_id, 2, valid_from, valid_to, unit_id from posting where person_id in (" + in + ") and valid_from <= ?"
                + " union all select person_id, 3, valid_from, valid_to, unit_id from appointment where person_id in (" + in + ") and valid_from <= ?";
        List<Object> params = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            params.addAll(ids);
            params.add(date);
        }
        return Sql.list(c, sql, r -> new Held(r.getLong(1), r.getInt(2), r.getDate(3).toLocalDate(),
                r.getDate(4) == null ? null : r.getDate(4).toLocalDate(), r.getLong(5)), params.toArray());
    }

    /** Units with the name of their last state begun by the date (an abolished unit keeps its last name). */
    private static Map<Long, UnitRef> units(Connection c, List<Long> unitIds, LocalDate date) throws SQLException {
        Map<Long, UnitRef> units = new HashMap<>();
        for (int i = 0; i < unitIds.size(); i += BATCH) {
            List<Long> batch = unitIds.subList(i, Math.min(unitIds.size(), i + BATCH));
            String in = String.join(", ", Collections.nCopies(batch.size(), "?"));
            List<Object> params = new ArrayList<>(batch);
            params.add(date);
            Sql.list(c, "select u.id, u.code, u.path, v.name from unit u join unit_version v on v.unit_id = u.id"
                    + " where u.id in (" + in + ") and v.valid_from <= ? order by u.id, v.valid_from", r -> {
                units.put(r.getLong(1), new UnitRef(r.getLong(1), r.getString(2), r.getString(4), r.getString(3)));
                return null;
            }, params.toArray());
        }
        return units;
    }
}
