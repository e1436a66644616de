package org.bianzhi.roster.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.StaffingCounts;
import org.bianzhi.roster.domain.StaffingPlan;
import org.bianzhi.roster.domain.WorkflowRepository;

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
                        + " and o.period.validFrom <= :d and (o.period.validTo is null or o.period.validTo > :d)"
                        + " group by o.quotaType", Object[].class)
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
    public Map<LeadershipCategory, Integer> holders(Long unitId, LocalDate date) {
        List<Object[]> rows = em.createQuery("select a.category, count(a) from Appointment a where a.unitId = :u"
                        + " and a.period.validFrom <= :d and (a.period.validTo is null or a.period.validTo > :d)"
                        + " group by a.category", Object[].class)
                .setParameter("u", unitId).setParameter("d", date).getResultList();
        Map<LeadershipCategory, Integer> result = new EnumMap<>(LeadershipCategory.class);
        rows.forEach(r -> result.put((LeadershipCategory) r[0], ((Number) r[1]).intValue()));
        return result;
    }
}
