package org.bianzhi.establishment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.domain.Approval;
import org.bianzhi.establishment.domain.ApprovalRepository;
import org.bianzhi.establishment.domain.LeadershipApproval;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaApproval;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.shared.infrastructure.LockRows;
import org.bianzhi.shared.infrastructure.SqlQuery;

@ApplicationScoped
public class JpaApprovalRepository implements ApprovalRepository {

    private static final String AS_OF = " and " + SqlQuery.periodInForce("a", ":d");

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Inject
    LockRows lockRows;

    @Override
    public List<QuotaApproval> quotaHistory(Long unitId, QuotaType type) {
        return em.createQuery("select a from QuotaApproval a where a.unitId = :u and a.quotaType = :t"
                        + " order by a.period.validFrom, a.id", QuotaApproval.class)
                .setParameter("u", unitId).setParameter("t", type).getResultList();
    }

    @Override
    public List<QuotaApproval> quotaHistory(Long unitId) {
        return em.createQuery("select a from QuotaApproval a where a.unitId = :u"
                        + " order by a.quotaType, a.period.validFrom, a.id", QuotaApproval.class)
                .setParameter("u", unitId).getResultList();
    }

    @Override
    public List<LeadershipApproval> leadershipHistory(Long unitId, LeadershipCategory category) {
        return em.createQuery("select a from LeadershipApproval a where a.unitId = :u and a.category = :c"
                        + " order by a.period.validFrom, a.id", LeadershipApproval.class)
                .setParameter("u", unitId).setParameter("c", category).getResultList();
    }

    @Override
    public List<LeadershipApproval> leadershipHistory(Long unitId) {
        return em.createQuery("select a from LeadershipApproval a where a.unitId = :u"
                        + " order by a.category, a.period.validFrom, a.id", LeadershipApproval.class)
                .setParameter("u", unitId).getResultList();
    }

    @Override
    public List<QuotaApproval> quotasAsOf(Long unitId, LocalDate date) {
        return em.createQuery("select a from QuotaApproval a where a.unitId = :u" + AS_OF, QuotaApproval.class)
                .setParameter("u", unitId).setParameter("d", date).getResultList();
    }

    @Override
    public List<LeadershipApproval> leadershipAsOf(Long unitId, LocalDate date) {
        return em.createQuery("select a from LeadershipApproval a where a.unitId = :u" + AS_OF, LeadershipApproval.class)
                .setParameter("u", unitId).setParameter("d", date).getResultList();
    }

    @Override
    public void add(Approval approval) {
        em.persist(approval);
    }

    @Override
    public void lockQuota(Long unitId, QuotaType type) {
        lock(unitId, type.name());
    }

    @Override
    public void lockLeadership(Long unitId, LeadershipCategory category) {
        lock(unitId, "LEADERSHIP:" + category.name());
    }

    private void lock(Long unitId, String key) {
        if (selectForUpdate(unitId, key)) return;
        // first use of this lock: create its row in a transaction of its own, then take it
        lockRows.ensure("select count(*) from quota_lock where unit_id = ? and quota_type = ?",
                "insert into quota_lock (unit_id, quota_type) values (?, ?)", unitId, key);
        selectForUpdate(unitId, key);
    }

    private boolean selectForUpdate(Long unitId, String key) {
        return !em.createNativeQuery("select unit_id from quota_lock where unit_id = ? and quota_type = ? for update")
                .setParameter(1, unitId).setParameter(2, key).getResultList().isEmpty();
    }
}
