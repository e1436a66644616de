package org.bianzhi.roster.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.StaffingCounts;
import org.bianzhi.roster.domain.StaffingPlan;
import org.bianzhi.roster.domain.WorkflowRepository;
import org.bianzhi.shared.infrastructure.SqlQuery;

/** Counts the roster's records for the establishment view (as of a date). */
@ApplicationScoped
public class JpaStaffingCounts implements StaffingCounts {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Inject
    WorkflowRepository workflow;

    @Override
    public Map<QuotaType, Integer> occupied(Long unitId, LocalDate date) {
        List<Object[]> rows = em.createQuery("select o.quotaType, count(o) from Occupancy o where o.unitId = :u"
                        + " and " + SqlQuery.periodInForce("o", ":d") + " group by o.quotaType", Object[].class)
                .setParameter("u", unitId).setParameter("d", date).getResultList();
        Map<QuotaType, Integer> result = new EnumMap<>(QuotaType.class);
        rows.forEach(r -> result.put((QuotaType) r[0], ((Number) r[1]).intValue()));
        return result;
    }

    @Override
    public Map<QuotaType, Integer> reserved(Long unitId, LocalDate date) {
        Map<QuotaType, Integer> result = new EnumMap<>(QuotaType.class);
        for (QuotaType type : QuotaType.values()) {
            int reserved = 0;
            for (StaffingPlan p : workflow.reservingPlans(unitId, type, date)) {
                reserved += Math.max(p.requestedCount() - workflow.usedSlots(p.id(), date), 0);
            }
            if (reserved > 0) result.put(type, reserved);
        }
        return result;
    }

    @Override
    public SortedSet<LocalDate> changesAfter(Long unitId, QuotaType type, LocalDate from) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        em.createQuery("select o.period.validFrom, o.period.validTo from Occupancy o where o.unitId = :u and o.quotaType = :t"
                        + " and (o.period.validFrom > :d or o.period.validTo > :d)", Object[].class)
                .setParameter("u", unitId).setParameter("t", type).setParameter("d", from).getResultList()
                .forEach(r -> addAfter(dates, from, (LocalDate) r[0], (LocalDate) r[1]));
        em.createQuery("select p.decidedOn, p.validUntil from StaffingPlan p where p.unitId = :u and p.quotaType = :t"
                        + " and p.status = :s and p.validUntil >= :d", Object[].class)
                .setParameter("u", unitId).setParameter("t", type).setParameter("s", StaffingPlan.Status.APPROVED)
                .setParameter("d", from).getResultList()
                .forEach(r -> addAfter(dates, from, (LocalDate) r[0], ((LocalDate) r[1]).plusDays(1)));
        em.createQuery("select n.issuedOn from Notice n where n.unitId = :u and n.quotaType = :t and n.staffingPlanId is not null"
                        + " and n.issuedOn > :d", LocalDate.class)
                .setParameter("u", unitId).setParameter("t", type).setParameter("d", from).getResultList()
                .forEach(d -> addAfter(dates, from, d));
        return dates;
    }

    private static void addAfter(SortedSet<LocalDate> dates, LocalDate from, LocalDate... candidates) {
        for (LocalDate d : candidates) if (d != null && d.isAfter(from)) dates.add(d);
    }

    @Override
    public List<Holder> latestEntrants(Long unitId, QuotaType type, LocalDate date, int n) {
        // native for "nulls last", which JPQL cannot say and the audit's OVER_QUOTA ordering needs
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.person_id, p.name, o.valid_from, o.increase_notice_no"
                        + " from occupancy o join person p on p.id = o.person_id where o.unit_id = ?1 and o.quota_type = ?2"
                        + " and " + SqlQuery.inForce("o", "?3")
                        + " order by o.valid_from desc, o.increase_notice_no desc nulls last, o.id desc")
                .setParameter(1, unitId).setParameter(2, type.name()).setParameter(3, date)
                .setMaxResults(n).getResultList();
        return rows.stream().map(r -> new Holder(((Number) r[0]).longValue(), (String) r[1], toDate(r[2]), (String) r[3])).toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Override
    public Map<LeadershipCategory, Integer> holders(Long unitId, LocalDate date) {
        List<Object[]> rows = em.createQuery("select a.category, count(a) from Appointment a where a.unitId = :u"
                        + " and " + SqlQuery.periodInForce("a", ":d") + " group by a.category", Object[].class)
                .setParameter("u", unitId).setParameter("d", date).getResultList();
        Map<LeadershipCategory, Integer> result = new EnumMap<>(LeadershipCategory.class);
        rows.forEach(r -> result.put((LeadershipCategory) r[0], ((Number) r[1]).intValue()));
        return result;
    }
}
