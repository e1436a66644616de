package org.bianzhi.audit.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.audit.domain.Breach;
import org.bianzhi.audit.domain.Breaches;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.shared.infrastructure.SqlQuery;

/**
 * The unit-wide rules as set-based SQL: counts per unit and subject against the approval in force, then the
 * people concerned for the few groups that break the rule. {@code units} limits a re-evaluation (null: all).
 */
final class UnitRuleQueries {

    private final Connection c;
    private final LocalDate d;
    private final Set<Long> units;

    UnitRuleQueries(Connection c, LocalDate d, Set<Long> units) {
        this.c = c;
        this.d = d;
        this.units = units;
    }

    private record Group(long unitId, String subject, int count, int approved) {}

    /** OVER_QUOTA; the persons beyond the quota are the latest entrants, by 入编日期 then 增人通知单号. */
    List<Breach> overQuota() throws SQLException {
        List<Group> over = over("occupancy", "quota_type", "quota_approval");
        Map<String, List<Long>> latest = people("occupancy", "quota_type", over,
                "order by o.valid_from desc, o.increase_notice_no desc nulls last, o.id desc");
        List<Breach> result = new ArrayList<>();
        for (Group g : over) {
            List<Long> beyond = latest.get(g.unitId + "|" + g.subject).subList(0, g.count - g.approved);
            result.add(Breaches.overQuota(g.unitId, QuotaType.valueOf(g.subject), g.approved, g.count, beyond));
        }
        return result;
    }

    /** OVER_LEADERSHIP; every holder of the category is named. */
    List<Breach> overLeadership() throws SQLException {
        List<Group> over = over("appointment", "category", "leadership_approval");
        Map<String, List<Long>> holders = people("appointment", "category", over, "order by o.person_id");
        List<Breach> result = new ArrayList<>();
        for (Group g : over) {
            result.add(Breaches.overLeadership(g.unitId, LeadershipCategory.valueOf(g.subject), g.approved,
                    holders.get(g.unitId + "|" + g.subject)));
        }
        return result;
    }

    /** QUOTA_TYPE_MISUSE of approvals: a positive approval of a type the unit's kind may not have. */
    List<Breach> misusedApprovals() throws SQLException {
        SqlQuery q = new SqlQuery("select a.unit_id, a.quota_type, a.approved_count, v.kind from quota_approval a"
                + " join unit_version v on v.unit_id = a.unit_id").inForce("v", d)
                .and("where a.approved_count > 0 and ((v.kind = 'ORGAN' and a.quota_type = 'PUBLIC_INSTITUTION')"
                        + " or (v.kind = 'INSTITUTION' and a.quota_type <> 'PUBLIC_INSTITUTION'))").inForce("a", d);
        if (units != null) q.in("a.unit_id", units);
        return q.list(c, r -> Breaches.quotaTypeMisuse(r.getLong(1), QuotaType.valueOf(r.getString(2)),
                UnitKind.valueOf(r.getString(4)), r.getInt(3)));
    }

    /** Groups (unit, subject) whose records in force outnumber the approval in force (none approved: 0). */
    private List<Group> over(String records, String subject, String approvals) throws SQLException {
        SqlQuery counts = new SqlQuery("select o.unit_id, o." + subject + " s, count(*) n from " + records + " o where 1 = 1").inForce("o", d);
        if (units != null) counts.in("o.unit_id", units);
        SqlQuery approved = new SqlQuery("select a.unit_id, a." + subject + " s, max(a.approved_count) n from " + approvals + " a where 1 = 1")
                .inForce("a", d);
        if (units != null) approved.in("a.unit_id", units);
        SqlQuery q = new SqlQuery("select c.unit_id, c.s, c.n, coalesce(a.n, 0) from (").and(counts)
                .and("group by o.unit_id, o." + subject + ") c left join (").and(approved)
                .and("group by a.unit_id, a." + subject + ") a on a.unit_id = c.unit_id and a.s = c.s where c.n > coalesce(a.n, 0)");
        return q.list(c, r -> new Group(r.getLong(1), r.getString(2), r.getInt(3), r.getInt(4)));
    }

    /** The people of the given groups, in {@code order} within each group. */
    private Map<String, List<Long>> people(String records, String subject, List<Group> groups, String order) throws SQLException {
        Map<String, List<Long>> result = new HashMap<>();
        if (groups.isEmpty()) return result;
        Set<Long> groupUnits = new java.util.HashSet<>();
        groups.forEach(g -> groupUnits.add(g.unitId));
        SqlQuery q = new SqlQuery("select o.unit_id, o." + subject + ", o.person_id from " + records + " o where 1 = 1").inForce("o", d)
                .in("o.unit_id", groupUnits).and(order);
        for (Object[] row : q.list(c, r -> new Object[] {r.getLong(1), r.getString(2), r.getLong(3)})) {
            result.computeIfAbsent(row[0] + "|" + row[1], k -> new ArrayList<>()).add((Long) row[2]);
        }
        return result;
    }
}
