package org.bianzhi.travel.infrastructure;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.shared.domain.UnitPath;

/**
 * The where clause of the module's lists, built condition by condition with its parameters in order. A unit filter
 * (the caller's scope, or a unit asked for) keeps the people with a record at the unit or below, or with no record at
 * all, as {@code PersonService.require} decides for one person: a list shows what opening the item would show.
 */
public final class PersonFilter {

    /** The finished clause and its parameters. */
    public record Where(String sql, List<Object> params) {
        public Query bind(Query q) {
            for (int i = 0; i < params.size(); i++) q.setParameter(i + 1, params.get(i));
            return q;
        }
    }

    private final StringBuilder sql;
    private final String personColumn;
    private final List<Object> params = new ArrayList<>();

    public PersonFilter(String from, String personColumn) {
        this.sql = new StringBuilder(from);
        this.personColumn = personColumn;
    }

    public void eq(String column, Object value) {
        if (value == null) return;
        sql.append(" and ").append(column).append(" = ?");
        params.add(value);
    }

    public void from(String column, LocalDate day) {
        if (day == null) return;
        sql.append(" and ").append(column).append(" >= ?");
        params.add(day);
    }

    public void to(String column, LocalDate day) {
        if (day == null) return;
        sql.append(" and ").append(column).append(" <= ?");
        params.add(day);
    }

    /** People with a record at the unit of {@code path} or below; {@code orUnplaced}: also people with no record at all. */
    public void under(String path, boolean orUnplaced) {
        if (path == null) return;
        List<String> at = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (String table : List.of("occupancy", "posting", "appointment")) {
            at.add("exists (select 1 from " + table + " r join unit u on u.id = r.unit_id where r.person_id = " + personColumn
                    + " and u.path like ?)");
            none.add("not exists (select 1 from " + table + " r where r.person_id = " + personColumn + ")");
            params.add(UnitPath.likePattern(path));
        }
        sql.append(" and (").append(String.join(" or ", at));
        if (orUnplaced) sql.append(" or (").append(String.join(" and ", none)).append(")");
        sql.append(")");
    }

    public Where where() {
        return new Where(sql.toString(), List.copyOf(params));
    }
}
