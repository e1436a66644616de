package org.bianzhi.reports.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.bianzhi.shared.domain.UnitPath;

/**
 * The reports' reads: a handful of grouped queries over the whole selection, each answering for every unit at once
 * (a province has 20,000 units; one query per unit would take minutes). {@code path} restricts to a unit subtree
 * (materialized path prefix), null reads all units. "As of D" is {@code valid_from <= D and (valid_to is null or
 * valid_to > D)}, as everywhere.
 */
@ApplicationScoped
public class ReportQueries {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    /** A count or sum for one unit and one quota type or leadership category. */
    public record PerUnit(Long unitId, String key, int value) {}

    /**
     * The units under the path, each in its state on {@code date}: the version in force, for an abolished unit its
     * last one, for a unit set up later its first (as the establishment view shows them).
     */
    @SuppressWarnings("unchecked")
    public Map<Long, UnitOnDate> units(String path, LocalDate date) {
        List<Object[]> rows = scoped(em.createNativeQuery("select u.id, u.code, u.path, v.name, v.kind, v.region_code,"
                + " v.valid_from from unit u join unit_version v on v.unit_id = u.id"
                + (path == null ? "" : " where u.path like ?1") + " order by u.id, v.valid_from, v.id"), 1, path).getResultList();
        Map<Long, UnitOnDate> units = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Long id = ((Number) r[0]).longValue();
            if (units.containsKey(id) && toDate(r[6]).isAfter(date)) continue;
            units.put(id, new UnitOnDate(id, (String) r[1], (String) r[2], (String) r[3], UnitKind.valueOf((String) r[4]),
                    (String) r[5]));
        }
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
    @SuppressWarnings("unchecked")
    public List<PerUnit> reserved(String path, LocalDate date) {
        Date d = Date.valueOf(date);
        Query q = em.createNativeQuery("select r.unit_id, r.quota_type, sum(case when r.requested_count > r.used"
                        + " then r.requested_count - r.used else 0 end) from (select p.id, p.unit_id, p.quota_type, p.requested_count,"
                        + " count(n.id) as used from staffing_plan p" + join("p", path)
                        + " left join notice n on n.staffing_plan_id = p.id and n.kind = ?1 and n.issued_on <= ?2"
                        + " where p.status = ?3 and p.decided_on <= ?4 and p.valid_until >= ?5" + under(path, 6)
                        + " group by p.id, p.unit_id, p.quota_type, p.requested_count) r group by r.unit_id, r.quota_type")
                .setParameter(1, Notice.Kind.INCREASE.name()).setParameter(2, d)
                .setParameter(3, StaffingPlan.Status.APPROVED.name()).setParameter(4, d).setParameter(5, d);
        return perUnitRows(scoped(q, 6, path).getResultList());
    }

    /**
     * People occupying a quota on the forecast's date and born when someone of their gender may retire in its period,
     * with the post of their posting on the date: the one at the unit of the quota, else the earliest.
     */
    @SuppressWarnings("unchecked")
    public List<Candidate> retirementCandidates(String path, RetirementForecast forecast) {
        Date d = Date.valueOf(forecast.asOf());
        Query q = em.createNativeQuery("select o.id, p.id, p.id_number, p.name, p.gender, p.birth_date, p.identity, o.unit_id,"
                        + " o.quota_type, s.unit_id, s.post_type, s.valid_from, s.id from occupancy o join person p on p.id = o.person_id"
                        + join("o", path) + " left join posting s on s.person_id = o.person_id and s.valid_from <= ?1"
                        + " and (s.valid_to is null or s.valid_to > ?2) where o.valid_from <= ?3 and (o.valid_to is null or o.valid_to > ?4)"
                        + " and ((p.gender = ?5 and p.birth_date > ?6 and p.birth_date <= ?7)"
                        + " or (p.gender = ?8 and p.birth_date > ?9 and p.birth_date <= ?10))" + under(path, 11))
                .setParameter(1, d).setParameter(2, d).setParameter(3, d).setParameter(4, d);
        int i = 5;
        for (Gender g : Gender.values()) {
            q.setParameter(i++, g.name()).setParameter(i++, Date.valueOf(forecast.bornAfter(g))).setParameter(i++, Date.valueOf(forecast.bornBy(g)));
        }
        Map<Long, Candidate> byOccupancy = new HashMap<>();
        Map<Long, Object[]> postings = new HashMap<>();
        for (Object[] r : (List<Object[]>) scoped(q, 11, path).getResultList()) {
            Long occupancy = ((Number) r[0]).longValue();
            Object[] chosen = postings.get(occupancy);
            if (chosen != null && !preferred(r, chosen)) continue;
            postings.put(occupancy, r);
            byOccupancy.put(occupancy, new Candidate(occupancy, ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    Gender.valueOf((String) r[4]), toDate(r[5]), PersonIdentity.valueOf((String) r[6]),
                    r[10] == null ? null : PostType.valueOf((String) r[10]), ((Number) r[7]).longValue(), QuotaType.valueOf((String) r[8])));
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

    @SuppressWarnings("unchecked")
    private List<PerUnit> perUnit(String table, String column, String measure, String path, LocalDate date) {
        Query q = em.createNativeQuery("select t.unit_id, t." + column + ", " + measure + " from " + table + " t" + join("t", path)
                        + " where t.valid_from <= ?1 and (t.valid_to is null or t.valid_to > ?2)" + under(path, 3)
                        + " group by t.unit_id, t." + column)
                .setParameter(1, Date.valueOf(date)).setParameter(2, Date.valueOf(date));
        return perUnitRows(scoped(q, 3, path).getResultList());
    }

    private static List<PerUnit> perUnitRows(List<Object[]> rows) {
        return rows.stream().map(r -> new PerUnit(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue())).toList();
    }

    /** The join to the unit of {@code alias}'s rows, needed only to restrict them to a subtree. */
    private static String join(String alias, String path) {
        return path == null ? "" : " join unit u on u.id = " + alias + ".unit_id";
    }

    private static String under(String path, int parameter) {
        return path == null ? "" : " and u.path like ?" + parameter;
    }

    private static Query scoped(Query q, int parameter, String path) {
        return path == null ? q : q.setParameter(parameter, UnitPath.likePattern(path));
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof Date d) return d.toLocalDate();
        if (value instanceof LocalDate d) return d;
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
