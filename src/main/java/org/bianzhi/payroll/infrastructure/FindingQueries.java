package org.bianzhi.payroll.infrastructure;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.payroll.domain.PayMonth;
import org.bianzhi.payroll.domain.PayrollRule;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.shared.infrastructure.SqlQuery;

/**
 * The SQL of the payroll comparison: one set-wise query per rule over the month's lines and the occupancies, each
 * answering the same columns, joined by {@code union all}. Runs unchanged on H2 and PostgreSQL; each piece is a
 * {@link SqlQuery} carrying its own parameters.
 * <p>
 * With S the month's first day and E the next month's, an occupancy is valid in the month when
 * {@code valid_from < E and (valid_to is null or valid_to > S)}, for the whole month when
 * {@code valid_from <= S and (valid_to is null or valid_to >= E)}, and ended before it when {@code valid_to <= S}.
 */
final class FindingQueries {

    /** Columns of every branch: rule number, finding unit, person, ID number, names, paying unit, occupancy facts. */
    static final String COLUMNS = "rule_no, unit_id, person_id, id_number, person_name, payroll_name, paying_unit_id,"
            + " quota_type, valid_from, ended_on, exit_reason, notice_no";

    /** The month's first day, S. */
    private final LocalDate firstDay;
    /** The next month's first day, E. */
    private final LocalDate end;

    FindingQueries(PayMonth month) {
        this.firstDay = month.firstDay();
        this.end = month.end();
    }

    /**
     * Each unit's last state begun before the month's end (an abolished unit keeps its last name): its name for the
     * findings and its region for {@link PayrollRule#OCCUPANCY_NOT_PAID}. A derived table, not a {@code with}: H2 2.2
     * answers no rows when a {@code with} that takes parameters is used inside a derived table (the union's branches).
     */
    SqlQuery unitStates() {
        return new SqlQuery("(select v.unit_id, v.name, v.region_code from unit_version v where v.valid_from < ?", end)
                .and("and not exists (select 1 from unit_version w where w.unit_id = v.unit_id and w.valid_from < ?", end)
                .and("and (w.valid_from > v.valid_from or w.valid_from = v.valid_from and w.id > v.id)))");
    }

    /** The regions of the units that paid in the month. */
    SqlQuery regions() {
        return new SqlQuery("select distinct st.region_code from").and(unitStates())
                .and("st where st.unit_id in (select pe.unit_id from payroll_entry pe where pe.pay_month = ?)", firstDay);
    }

    /**
     * The branches of {@code rules}; {@code regions}: where unpaid occupancies are looked for; {@code unitPath}: the
     * subtree the finding's unit must lie in (null: anywhere), tested inside each branch so that the database narrows
     * each branch to those units first instead of computing the whole province and filtering it afterwards.
     */
    SqlQuery union(List<PayrollRule> rules, List<String> regions, String unitPath) {
        SqlQuery union = null;
        for (PayrollRule r : rules) {
            SqlQuery branch = branch(r, regions);
            if (unitPath != null) {
                branch.and("and " + (r == PayrollRule.PAID_WITHOUT_OCCUPANCY ? "e" : "o")
                        + ".unit_id in (select uu.id from unit uu where uu.path like ?)", UnitPath.likePattern(unitPath));
            }
            union = union == null ? branch : union.and("union all").and(branch);
        }
        return union;
    }

    private SqlQuery branch(PayrollRule rule, List<String> regions) {
        int no = rule.ordinal() + 1;
        return switch (rule) {
            case PAID_WITHOUT_OCCUPANCY -> new SqlQuery(select(no, "e.unit_id, p.id, e.id_number, coalesce(p.name,e.name), e.name,"
                    + " e.unit_id, cast(null as varchar(30)), cast(null as date), cast(null as date), cast(null as varchar(30)),"
                    + " cast(null as varchar(40))")).and("from payroll_entry e left join person p on p.id_number = e.id_number")
                    .and("where e.pay_month = ?", firstDay)
                    .and("and not exists (select 1 from occupancy o where o.person_id = p.id and o.valid_from < ?)", end);
            case PAID_AFTER_EXIT -> new SqlQuery(select(no, "o.unit_id, p.id, e.id_number, p.name, e.name, e.unit_id, o.quota_type,"
                    + " o.valid_from, o.valid_to, o.exit_reason, o.decrease_notice_no")).and("from payroll_entry e"
                    + " join person p on p.id_number = e.id_number join occupancy o on o.person_id = p.id and o.valid_to <= ?", firstDay)
                    .and("where e.pay_month = ?", firstDay)
                    .and("and not exists (select 1 from occupancy v where v.person_id = p.id and").and(validIn("v")).and(")")
                    .and("and not exists (select 1 from occupancy l where l.person_id = p.id and l.valid_to <= ?", firstDay)
                    .and("and (l.valid_to > o.valid_to or l.valid_to = o.valid_to and l.id > o.id))");
            case OCCUPANCY_NOT_PAID -> new SqlQuery(select(no, "o.unit_id, p.id, p.id_number, p.name, cast(null as varchar(50)),"
                    + " cast(null as bigint), o.quota_type, o.valid_from, o.valid_to, cast(null as varchar(30)),"
                    + " cast(null as varchar(40))")).and("from occupancy o join person p on p.id = o.person_id join")
                    .and(unitStates()).and("r on r.unit_id = o.unit_id")
                    // held for the whole month, not merely in force on one day of it
                    .and("where o.valid_from <= ? and (o.valid_to is null or o.valid_to >= ?)", firstDay, end)
                    .in("r.region_code", regions)
                    .and("and not exists (select 1 from payroll_entry n where n.pay_month = ? and n.id_number = p.id_number)", firstDay);
            case PAYING_UNIT_MISMATCH -> new SqlQuery(select(no, "o.unit_id, p.id, e.id_number, p.name, e.name, e.unit_id, o.quota_type,"
                    + " o.valid_from, o.valid_to, o.exit_reason, o.decrease_notice_no")).and("from payroll_entry e"
                    + " join person p on p.id_number = e.id_number join occupancy o on o.person_id = p.id and").and(validIn("o"))
                    .and("where e.pay_month = ?", firstDay)
                    .and("and not exists (select 1 from occupancy m where m.person_id = p.id and m.unit_id = e.unit_id and")
                    .and(validIn("m")).and(")")
                    .and("and not exists (select 1 from occupancy l where l.person_id = p.id and").and(validIn("l"))
                    .and("and (l.valid_from > o.valid_from or l.valid_from = o.valid_from and l.id > o.id))");
        };
    }

    /** Valid on some day of the month (overlaps it; not the as-of condition of one day). */
    private SqlQuery validIn(String o) {
        return new SqlQuery(o + ".valid_from < ? and (" + o + ".valid_to is null or " + o + ".valid_to > ?)", end, firstDay);
    }

    /** A branch's select list, each expression named after {@link #COLUMNS} (split at ", ": a function writes its commas bare). */
    private static String select(int ruleNo, String expressions) {
        String[] names = COLUMNS.split(", ");
        String[] values = (ruleNo + ", " + expressions).split(", ");
        StringBuilder b = new StringBuilder("select ");
        for (int i = 0; i < names.length; i++) b.append(i == 0 ? "" : ", ").append(values[i]).append(" as ").append(names[i]);
        return b.toString();
    }
}
