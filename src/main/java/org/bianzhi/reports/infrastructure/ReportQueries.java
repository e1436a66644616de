package org.bianzhi.reports.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.reports.domain.RetirementForecast.Candidate;
import org.bianzhi.reports.domain.RetirementForecast;
import org.bianzhi.reports.domain.UnitOnDate;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.Notice;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.roster.domain.StaffingPlan;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.shared.infrastructure.SqlQuery;

/**
 * The reports' reads: a handful of grouped queries over the whole selection, each answering for every unit at once
 * (a province has 20,000 units; one query per unit would take minutes). {@code path} restricts to a unit subtree
 * (materialized path prefix), null reads all units. "As of D" is {@link SqlQuery#inForce}, as everywhere.
 */
@ApplicationScoped
public class ReportQueries {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    /** A count or sum for one unit and one quota type or leadership category. */
    public record PerUnit(Long unitId, String key, int value) {}

    /**
     * The units under the path, each in its state on {@code date}: the version in force, for an abolished unit its
     * last one, for a unit set up later its first (as the establishment view shows them).
     */
    public Map<Long, UnitOnDate> units(String path, LocalDate date) {
        SqlQuery q = new SqlQuery("select u.id, u.code, u.path, v.name, v.kind, v.region_code, v.valid_from from unit u"
                + " join unit_version v on v.unit_id = u.id where 1 = 1").within("u.path", path).and("order by u.id, v.valid_from, v.id");
        Map<Long, UnitOnDate> units = new LinkedHashMap<>();
        Sql.run(dataSource, c -> q.list(c, r -> {
            long id = r.getLong(1);
            if (units.containsKey(id) && Sql.localDate(r, 7).isAfter(date)) return null;
            return units.put(id, new UnitOnDate(id, r.getString(2), r.getString(3), r.getString(4), UnitKind.valueOf(r.getString(5)),
                    r.getString(6)));
        }));
        return units;
    }

    /** 核定编制数 per unit and quota type. */
    public List<PerUnit> quotasApproved(String path, LocalDate date) {
        return perUnit("quota_approval", "quota_type", "sum(t.approved_count)", path, date);
    }

    /** 实有人数 (occupancies) per unit and quota type. */
    public List<PerUnit> occupied(String path, LocalDate date) {
        return perUnit("occupancy", "quota_type", "count(*)", path, date);
    }

    /** 核定领导职数 per unit and category. */
    public List<PerUnit> leadershipApproved(String path, LocalDate date) {
        return perUnit("leadership_approval", "category", "sum(t.approved_count)", path, date);
    }

    /** 实配领导职数 (appointments) per unit and category. */
    public List<PerUnit> holders(String path, LocalDate date) {
        return perUnit("appointment", "category", "count(*)", path, date);
    }

    /**
     * 已核准用编未到岗 per unit and quota type: for every staffing plan approved and not expired on the date, its
     * slots less the increase notices issued against it by then (never below zero), added up — as
     * {@code JpaStaffingCounts.reserved} counts them for one unit.
     */
    public List<PerUnit> reserved(String path, LocalDate date) {
        SqlQuery q = new SqlQuery("select r.unit_id, r.quota_type, sum(case when r.requested_count > r.used"
                        + " then r.requested_count - r.used else 0 end) from (select p.id, p.unit_id, p.quota_type, p.requested_count,"
                        + " count(n.id) as used from staffing_plan p" + join("p", path))
                .and("left join notice n on n.staffing_plan_id = p.id and n.kind = ? and n.issued_on <= ?", Notice.Kind.INCREASE.name(), date)
                .and("where p.status = ? and p.decided_on <= ? and p.valid_until >= ?", StaffingPlan.Status.APPROVED.name(), date, date)
                .within("u.path", path)
                .and("group by p.id, p.unit_id, p.quota_type, p.requested_count) r group by r.unit_id, r.quota_type");
        return perUnitRows(q);
    }

    /**
     * People occupying a quota on the forecast's date and born when someone of their gender may retire in its period,
     * with the post of their posting on the date: the one at the unit of the quota, else the earliest.
     */
    public List<Candidate> retirementCandidates(String path, RetirementForecast forecast) {
        LocalDate d = forecast.asOf();
        List<Object> born = new ArrayList<>();
        for (Gender g : Gender.values()) born.addAll(List.of(g.name(), forecast.bornAfter(g), forecast.bornBy(g)));
        SqlQuery q = new SqlQuery("select o.id, p.id, p.id_number, p.name, p.gender, p.birth_date, p.identity, o.unit_id,"
                        + " o.quota_type, s.unit_id, s.post_type, s.valid_from, s.id from occupancy o join person p on p.id = o.person_id"
                        + join("o", path) + " left join posting s on s.person_id = o.person_id").inForce("s", d)
                .and("where " + SqlQuery.inForce("o", "?"), d, d)
                .and("and ((p.gender = ? and p.birth_date > ? and p.birth_date <= ?)"
                        + " or (p.gender = ? and p.birth_date > ? and p.birth_date <= ?))", born.toArray())
                .within("u.path", path);
        Map<Long, Candidate> byOccupancy = new HashMap<>();
        Map<Long, Object[]> postings = new HashMap<>();
        List<Object[]> rows = Sql.call(dataSource, c -> q.list(c, r -> new Object[] {r.getLong(1), r.getLong(2), r.getString(3),
                r.getString(4), r.getString(5), Sql.localDate(r, 6), r.getString(7), r.getLong(8), r.getString(9),
                Sql.nullableLong(r, 10), r.getString(11), Sql.localDate(r, 12), Sql.nullableLong(r, 13)}));
        for (Object[] r : rows) {
            Long occupancy = (Long) r[0];
            Object[] chosen = postings.get(occupancy);
            if (chosen != null && !preferred(r, chosen)) continue;
            postings.put(occupancy, r);
            byOccupancy.put(occupancy, new Candidate(occupancy, (Long) r[1], (String) r[2], (String) r[3],
                    Gender.valueOf((String) r[4]), (LocalDate) r[5], PersonIdentity.valueOf((String) r[6]),
                    r[10] == null ? null : PostType.valueOf((String) r[10]), (Long) r[7], QuotaType.valueOf((String) r[8])));
        }
        return new ArrayList<>(byOccupancy.values());
    }

    /**
     * Whether row {@code a}'s posting beats {@code b}'s (same occupancy, so both have one: the left join gives a row
     * without a posting only when there is none): at the quota's unit first, then the earlier one.
     */
    private static boolean preferred(Object[] a, Object[] b) {
        if (postedAtQuotaUnit(a) != postedAtQuotaUnit(b)) return postedAtQuotaUnit(a);
        int byDate = toDate(a[11]).compareTo(toDate(b[11]));
        return byDate != 0 ? byDate < 0 : ((Number) a[12]).longValue() < ((Number) b[12]).longValue();
    }

    private static boolean postedAtQuotaUnit(Object[] r) {
        return r[9] != null && ((Number) r[9]).longValue() == ((Number) r[7]).longValue();
    }

    private List<PerUnit> perUnit(String table, String column, String measure, String path, LocalDate date) {
        SqlQuery q = new SqlQuery("select t.unit_id, t." + column + ", " + measure + " from " + table + " t" + join("t", path))
                .and("where " + SqlQuery.inForce("t", "?"), date, date).within("u.path", path)
                .and("group by t.unit_id, t." + column);
        return perUnitRows(q);
    }

    private List<PerUnit> perUnitRows(SqlQuery q) {
        return Sql.call(dataSource, c -> q.list(c, r -> new PerUnit(r.getLong(1), r.getString(2), r.getInt(3))));
    }

    /** The join to the unit of {@code alias}'s rows, needed only to restrict them to a subtree. */
    private static String join(String alias, String path) {
        return path == null ? "" : " join unit u on u.id = " + alias + ".unit_id";
    }

    private static LocalDate toDate(Object value) {
        return (LocalDate) value;
    }
}
