package org.bianzhi.roster.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.roster.domain.Notice;
import org.bianzhi.roster.domain.StaffingPlan;
import org.bianzhi.roster.domain.WorkflowRepository;
import org.bianzhi.shared.infrastructure.SerialCounters;

@ApplicationScoped
public class JpaWorkflowRepository implements WorkflowRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Inject
    SerialCounters counters;

    @Override
    public void add(StaffingPlan plan) {
        em.persist(plan);
    }

    @Override
    public void add(Notice notice) {
        em.persist(notice);
    }

    @Override
    public Optional<StaffingPlan> findPlan(Long id) {
        return Optional.ofNullable(em.find(StaffingPlan.class, id));
    }

    @Override
    public Optional<StaffingPlan> lockPlan(Long id) {
        return Optional.ofNullable(em.find(StaffingPlan.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<StaffingPlan> plans(Long unitId, StaffingPlan.Status status, String scopePath, int offset, int limit) {
        return planQuery("select p", " order by p.id desc", StaffingPlan.class, unitId, status, scopePath)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPlans(Long unitId, StaffingPlan.Status status, String scopePath) {
        return planQuery("select count(p)", "", Long.class, unitId, status, scopePath).getSingleResult();
    }

    private <T> TypedQuery<T> planQuery(String select, String order, Class<T> type, Long unitId, StaffingPlan.Status status,
                                        String scopePath) {
        StringBuilder q = new StringBuilder(select + " from StaffingPlan p where 1 = 1");
        if (scopePath != null) q.append(" and exists (select u.id from Unit u where u.id = p.unitId and u.path like :scope)");
        if (unitId != null) q.append(" and p.unitId = :u");
        if (status != null) q.append(" and p.status = :s");
        TypedQuery<T> tq = em.createQuery(q.append(order).toString(), type);
        if (unitId != null) tq.setParameter("u", unitId);
        if (status != null) tq.setParameter("s", status);
        if (scopePath != null) tq.setParameter("scope", scopePath + "%");
        return tq;
    }

    @Override
    public List<StaffingPlan> reservingPlans(Long unitId, QuotaType type, LocalDate date) {
        return em.createQuery("select p from StaffingPlan p where p.unitId = :u and p.quotaType = :t"
                        + " and p.status = :s and p.decidedOn <= :d and p.validUntil >= :d order by p.id", StaffingPlan.class)
                .setParameter("u", unitId).setParameter("t", type).setParameter("s", StaffingPlan.Status.APPROVED)
                .setParameter("d", date).getResultList();
    }

    @Override
    public int usedSlots(Long planId, LocalDate date) {
        return em.createQuery("select count(n) from Notice n where n.staffingPlanId = :p and n.issuedOn <= :d"
                        + " and n.kind = :k", Long.class)
                .setParameter("p", planId).setParameter("d", date).setParameter("k", Notice.Kind.INCREASE)
                .getSingleResult().intValue();
    }

    @Override
    public Optional<Notice> findNotice(Long id) {
        return Optional.ofNullable(em.find(Notice.class, id));
    }

    @Override
    public Optional<Notice> findNoticeByNumber(String number) {
        return em.createQuery("select n from Notice n where n.number = :n", Notice.class)
                .setParameter("n", number.strip().toUpperCase()).getResultStream().findFirst();
    }

    @Override
    public List<Notice> noticesOf(Long personId) {
        return em.createQuery("select n from Notice n where n.personId = :p order by n.issuedAt, n.id", Notice.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public List<Notice> notices(Long unitId, Notice.Kind kind, Integer year, String scopePath, int offset, int limit) {
        return noticeQuery("select n", " order by n.kind, n.year desc, n.serial desc", Notice.class, unitId, kind, year, scopePath)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countNotices(Long unitId, Notice.Kind kind, Integer year, String scopePath) {
        return noticeQuery("select count(n)", "", Long.class, unitId, kind, year, scopePath).getSingleResult();
    }

    private <T> TypedQuery<T> noticeQuery(String select, String order, Class<T> type, Long unitId, Notice.Kind kind, Integer year,
                                          String scopePath) {
        StringBuilder q = new StringBuilder(select + " from Notice n where 1 = 1");
        if (scopePath != null) q.append(" and exists (select u.id from Unit u where u.id = n.unitId and u.path like :scope)");
        if (unitId != null) q.append(" and n.unitId = :u");
        if (kind != null) q.append(" and n.kind = :k");
        if (year != null) q.append(" and n.year = :y");
        TypedQuery<T> tq = em.createQuery(q.append(order).toString(), type);
        if (unitId != null) tq.setParameter("u", unitId);
        if (kind != null) tq.setParameter("k", kind);
        if (year != null) tq.setParameter("y", year);
        if (scopePath != null) tq.setParameter("scope", scopePath + "%");
        return tq;
    }

    @Override
    public int nextSerial(Notice.Kind kind, int year) {
        return counters.next("notice_counter", new String[] {"kind", "notice_year"}, kind.name(), year);
    }
}
