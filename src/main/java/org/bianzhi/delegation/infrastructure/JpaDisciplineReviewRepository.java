package org.bianzhi.delegation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bianzhi.delegation.domain.DisciplineReview;
import org.bianzhi.delegation.domain.DisciplineReviewRepository;

@ApplicationScoped
public class JpaDisciplineReviewRepository implements DisciplineReviewRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    public void store(DisciplineReview review) {
        if (review.id() == null) em.persist(review);
        em.flush();
    }

    @Override
    public Optional<DisciplineReview> lock(Long id) {
        return Optional.ofNullable(em.find(DisciplineReview.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<DisciplineReview> ofPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) return List.of();
        return em.createQuery("select r from DisciplineReview r where r.personId in :people order by r.validFrom, r.id",
                DisciplineReview.class).setParameter("people", personIds).getResultList();
    }

    @Override
    public List<DisciplineReview> list(Long personId, int offset, int limit) {
        var q = em.createQuery("select r from DisciplineReview r" + (personId == null ? "" : " where r.personId = :person")
                + " order by r.validFrom desc, r.id desc", DisciplineReview.class);
        if (personId != null) q.setParameter("person", personId);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Long personId) {
        var q = em.createQuery("select count(r) from DisciplineReview r" + (personId == null ? "" : " where r.personId = :person"),
                Long.class);
        if (personId != null) q.setParameter("person", personId);
        return q.getSingleResult();
    }
}
