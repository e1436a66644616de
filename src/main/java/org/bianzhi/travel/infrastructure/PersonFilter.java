package org.bianzhi.travel.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.shared.infrastructure.SqlQuery;

/**
 * The where clause of the module's lists, built condition by condition with its parameters in order. A unit filter
 * (the caller's scope, or a unit asked for) keeps the people with a record at the unit or below, or with no record at
 * all, as {@code PersonService.require} decides for one person: a list shows what opening the item would show.
 */
public final class PersonFilter {

    private final SqlQuery sql;
    private final String personColumn;

    public PersonFilter(String from, String personColumn) {
        this.sql = new SqlQuery(from);
        this.personColumn = personColumn;
    }

    public void eq(String column, Object value) {
        if (value == null) return;
        sql.and("and " + column + " = ?", value);
    }

    public void from(String column, LocalDate day) {
        if (day == null) return;
        sql.and("and " + column + " >= ?", day);
    }

    public void to(String column, LocalDate day) {
        if (day == null) return;
        sql.and("and " + column + " <= ?", day);
    }

    /** People with a record at the unit of {@code path} or below; {@code orUnplaced}: also people with no record at all. */
    public void under(String path, boolean orUnplaced) {
        if (path == null) return;
        List<String> at = new ArrayList<>();
        List<String> none = new ArrayList<>();
        List<Object> like = new ArrayList<>();
        for (String table : List.of("occupancy", "posting", "appointment")) {
            at.add("exists (select 1 from " + table + " r join unit u on u.id = r.unit_id where r.person_id = " + personColumn
                    + " and u.path like ?)");
            none.add("not exists (select 1 from " + table + " r where r.person_id = " + personColumn + ")");
            like.add(UnitPath.likePattern(path));
        }
        sql.and("and (" + String.join(" or ", at) + (orUnplaced ? " or (" + String.join(" and ", none) + ")" : "") + ")",
                like.toArray());
    }

    /** The clause built so far, with its parameters. */
    public SqlQuery where() {
        return sql;
    }
}
