package org.bianzhi.delegation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bianzhi.delegation.domain.DelegationAudit;
import org.bianzhi.delegation.domain.DelegationRecordRepository;
import org.bianzhi.delegation.domain.MemberEvaluation;
import org.bianzhi.delegation.domain.Objection;
import org.bianzhi.delegation.domain.ObjectionReview;

@ApplicationScoped
public class JpaDelegationRecordRepository implements DelegationRecordRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    public void add(Object record) {
        em.persist(record);
        em.flush();
    }

    @Override
    public List<Objection> objections(Long delegationId) {
        return em.createQuery("select o from Objection o where o.delegationId = :d order by o.receivedOn, o.id", Objection.class)
                .setParameter("d", delegationId).getResultList();
    }

    @Override
    public Optional<Objection> objection(Long objectionId) {
        return Optional.ofNullable(em.find(Objection.class, objectionId));
    }

    @Override
    public List<ObjectionReview> reviews(Collection<Long> objectionIds) {
        if (objectionIds.isEmpty()) return List.of();
        return em.createQuery("select r from ObjectionReview r where r.objectionId in :ids order by r.recorded.recordedAt, r.id", ObjectionReview.class)
                .setParameter("ids", objectionIds).getResultList();
    }

    @Override
    public List<MemberEvaluation> evaluations(Collection<Long> delegationIds) {
        if (delegationIds.isEmpty()) return List.of();
        return em.createQuery("select e from MemberEvaluation e where e.delegationId in :ids order by e.filedOn, e.id", MemberEvaluation.class)
                .setParameter("ids", delegationIds).getResultList();
    }

    @Override
    public List<DelegationAudit> audits(Collection<Long> delegationIds) {
        if (delegationIds.isEmpty()) return List.of();
        return em.createQuery("select a from DelegationAudit a where a.delegationId in :ids order by a.auditedOn, a.id", DelegationAudit.class)
                .setParameter("ids", delegationIds).getResultList();
    }
}
