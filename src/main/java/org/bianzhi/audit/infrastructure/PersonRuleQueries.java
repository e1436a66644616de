package org.bianzhi.audit.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.audit.domain.Breach;
import org.bianzhi.audit.domain.Breaches;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.roster.domain.Arrangement;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.roster.domain.StatutoryRetirement;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.shared.infrastructure.SqlQuery;

/**
 * The personal rules as set-based SQL over the records in force on the date; each query returns only the rows
 * that break its rule (OVERAGE: the candidates old enough, decided in Java by {@link StatutoryRetirement}).
 * {@code people} limits a re-evaluation (null: everyone).
 */
final class PersonRuleQueries {

    private static final String ADMIN_POST_IN_ORGAN = " join unit_version wv on wv.unit_id = s.unit_id and wv.kind = 'ORGAN'";

    private final Connection c;
    private final LocalDate d;
    private final Set<Long> people;

    PersonRuleQueries(Connection c, LocalDate d, Set<Long> people) {
        this.c = c;
        this.d = d;
        this.people = people;
    }

    private SqlQuery scoped(SqlQuery q, String personColumn) {
        return people == null ? q : q.in(personColumn, people);
    }

    /** MIXED_INSTITUTION_IN_ADMIN_POST, except a secondment with an approval document not past its end date. */
    List<Breach> institutionStaffInAdminPosts() throws SQLException {
        SqlQuery q = new SqlQuery("select s.unit_id, s.person_id, o.quota_type, qv.name, wv.name, s.arrangement, s.secondment_end,"
                + " s.approval_document from posting s" + ADMIN_POST_IN_ORGAN).inForce("wv", d)
                .and("join occupancy o on o.person_id = s.person_id and o.quota_type in ('PUBLIC_INSTITUTION', 'ORGAN_WORKER')").inForce("o", d)
                .and("join unit_version qv on qv.unit_id = o.unit_id").inForce("qv", d)
                .and("where s.post_type = 'ADMINISTRATIVE_POST'").inForce("s", d)
                .and("and not (s.arrangement = 'SECONDMENT' and s.approval_document is not null and s.approval_document <> ''"
                        + " and s.secondment_end >= ?)", d);
        return scoped(q, "s.person_id").list(c, r -> Breaches.institutionStaffInAdminPost(r.getLong(1), r.getLong(2),
                QuotaType.valueOf(r.getString(3)), r.getString(4), r.getString(5), Arrangement.valueOf(r.getString(6)),
                Sql.localDate(r, 7), r.getString(8)));
    }

    /** MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA. */
    List<Breach> nonCivilServantsOnAdminQuota() throws SQLException {
        SqlQuery q = new SqlQuery("select o.unit_id, o.person_id, o.quota_type, p.identity from occupancy o join person p on p.id = o.person_id"
                + " where o.quota_type in ('ADMINISTRATIVE', 'POLITICAL_LEGAL') and p.identity <> 'CIVIL_SERVANT'").inForce("o", d);
        return scoped(q, "o.person_id").list(c, r -> Breaches.nonCivilServantOnAdminQuota(r.getLong(1), r.getLong(2),
                QuotaType.valueOf(r.getString(3)), PersonIdentity.valueOf(r.getString(4))));
    }

    /** NO_QUOTA_IN_ADMIN_POST. */
    List<Breach> noQuotaInAdminPosts() throws SQLException {
        SqlQuery q = new SqlQuery("select s.unit_id, s.person_id, wv.name, p.identity from posting s" + ADMIN_POST_IN_ORGAN).inForce("wv", d)
                .and("join person p on p.id = s.person_id where s.post_type = 'ADMINISTRATIVE_POST'").inForce("s", d)
                .and("and not exists (select 1 from occupancy o where o.person_id = s.person_id").inForce("o", d).and(")");
        return scoped(q, "s.person_id").list(c, r -> Breaches.noQuotaInAdminPost(r.getLong(1), r.getLong(2), r.getString(3),
                PersonIdentity.valueOf(r.getString(4))));
    }

    /** QUOTA_TYPE_MISUSE of occupancies. */
    List<Breach> misusedOccupancies() throws SQLException {
        SqlQuery q = new SqlQuery("select o.unit_id, o.person_id, o.quota_type, v.kind from occupancy o join unit_version v on v.unit_id = o.unit_id")
                .inForce("v", d).and("where ((v.kind = 'ORGAN' and o.quota_type = 'PUBLIC_INSTITUTION')"
                        + " or (v.kind = 'INSTITUTION' and o.quota_type <> 'PUBLIC_INSTITUTION'))").inForce("o", d);
        return scoped(q, "o.person_id").list(c, r -> Breaches.quotaTypeMisuse(r.getLong(1), r.getLong(2),
                QuotaType.valueOf(r.getString(3)), UnitKind.valueOf(r.getString(4))));
    }

    /** DUPLICATE_OCCUPANCY: more than one occupancy in force. */
    List<Breach> duplicateOccupancies() throws SQLException {
        SqlQuery several = new SqlQuery("select x.person_id from occupancy x where 1 = 1").inForce("x", d);
        scoped(several, "x.person_id").and("group by x.person_id having count(*) > 1");
        SqlQuery q = new SqlQuery("select o.person_id, o.unit_id, v.name, o.quota_type, o.valid_from from occupancy o"
                + " join unit_version v on v.unit_id = o.unit_id").inForce("v", d)
                .and("where o.person_id in (").and(several).and(")").inForce("o", d).and("order by o.person_id, o.valid_from, o.id");
        Map<Long, List<Breaches.Held>> held = new LinkedHashMap<>();
        for (Object[] row : q.list(c, r -> new Object[] {r.getLong(1), new Breaches.Held(r.getLong(2), r.getString(3),
                QuotaType.valueOf(r.getString(4)), Sql.localDate(r, 5))})) {
            held.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Breaches.Held) row[1]);
        }
        List<Breach> result = new ArrayList<>();
        held.forEach((person, list) -> result.add(Breaches.duplicateOccupancy(person, list)));
        return result;
    }

    /**
     * OVERAGE: occupancy in force after the statutory retirement date. A woman's base age depends on her post
     * (any cadre post in force counts) and identity; SQL leaves out everyone younger than the lowest age, 50.
     */
    List<Breach> overage() throws SQLException {
        SqlQuery q = new SqlQuery("select o.unit_id, o.person_id, o.quota_type, p.birth_date, p.gender, p.identity,"
                + " (select min(s.post_type) from posting s where s.person_id = o.person_id"
                + " and s.post_type in ('ADMINISTRATIVE_POST', 'MANAGEMENT', 'PROFESSIONAL')").inForce("s", d)
                .and(") from occupancy o join person p on p.id = o.person_id where p.birth_date <= ?", d.minusYears(50)).inForce("o", d);
        List<Breach> result = new ArrayList<>();
        for (Object[] r : scoped(q, "o.person_id").list(c, r -> new Object[] {r.getLong(1), r.getLong(2), r.getString(3),
                Sql.localDate(r, 4), r.getString(5), r.getString(6), r.getString(7)})) {
            LocalDate birth = (LocalDate) r[3];
            Gender gender = Gender.valueOf((String) r[4]);
            boolean cadre = StatutoryRetirement.cadre(r[6] == null ? null : PostType.valueOf((String) r[6]),
                    PersonIdentity.valueOf((String) r[5]));
            LocalDate retirement = StatutoryRetirement.date(birth, gender, cadre);
            if (retirement.isBefore(d)) {
                result.add(Breaches.overage((Long) r[0], (Long) r[1], QuotaType.valueOf((String) r[2]), birth, gender,
                        StatutoryRetirement.age(birth, gender, cadre), retirement, d));
            }
        }
        return result;
    }

    /**
     * SECONDMENT_OVERDUE: past its end date, or longer than the limit since its start. One without an end date
     * (open-ended, as rosters record them) is overdue only by the limit (DOMAIN.md section 12).
     */
    List<Breach> overdueSecondments(int limitMonths) throws SQLException {
        // over the limit: start + limit months is before d; d.minusMonths alone clamps at a month's end and would be a day late
        LocalDate lastWithin = d.minusMonths(limitMonths);
        LocalDate firstWithin = Breaches.beyondLimit(lastWithin, limitMonths, d) ? lastWithin.plusDays(1) : lastWithin;
        SqlQuery q = new SqlQuery("select s.unit_id, s.person_id, s.valid_from, s.secondment_end from posting s"
                + " where s.arrangement = 'SECONDMENT'").inForce("s", d)
                .and("and (s.secondment_end < ? or s.valid_from < ?)", d, firstWithin);
        return scoped(q, "s.person_id").list(c, r -> Breaches.secondmentOverdue(r.getLong(1), r.getLong(2),
                Sql.localDate(r, 3), Sql.localDate(r, 4), limitMonths, d));
    }

    /** ENTRY_WITHOUT_NOTICE. */
    List<Breach> entriesWithoutNotice() throws SQLException {
        SqlQuery q = new SqlQuery("select o.unit_id, o.person_id, o.quota_type, o.valid_from from occupancy o"
                + " where (o.increase_notice_no is null or o.increase_notice_no = '')").inForce("o", d);
        return scoped(q, "o.person_id").list(c, r -> Breaches.entryWithoutNotice(r.getLong(1), r.getLong(2),
                QuotaType.valueOf(r.getString(3)), Sql.localDate(r, 4)));
    }
}
