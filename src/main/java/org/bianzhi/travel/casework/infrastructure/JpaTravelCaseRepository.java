package org.bianzhi.travel.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bianzhi.shared.infrastructure.SqlQuery;
import org.bianzhi.travel.casework.domain.TravelCase;
import org.bianzhi.travel.casework.domain.TravelCaseHandling;
import org.bianzhi.travel.casework.domain.TravelCaseRepository;
import org.bianzhi.travel.infrastructure.PersonFilter;

@ApplicationScoped
public class JpaTravelCaseRepository implements TravelCaseRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    public void store(TravelCase travelCase) {
        if (travelCase.id() == null) em.persist(travelCase);
    }

    @Override
    public void add(TravelCaseHandling handling) {
        em.persist(handling);
    }

    @Override
    public Optional<TravelCase> find(Long id) {
        return Optional.ofNullable(em.find(TravelCase.class, id));
    }

    @Override
    public Optional<TravelCase> lock(Long id) {
        return Optional.ofNullable(em.find(TravelCase.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<TravelCaseHandling> handlings(long caseId) {
        return em.createQuery("select h from TravelCaseHandling h where h.caseId = :c order by h.decidedOn, h.id", TravelCaseHandling.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<TravelCase> list(Filter filter, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = new SqlQuery("select c.id").and(where(filter)).and("order by c.found_on desc, c.id desc")
                .nativeQuery(em)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return ids.stream().map(id -> em.find(TravelCase.class, ((Number) id).longValue())).toList();
    }

    @Override
    public long count(Filter filter) {
        return ((Number) new SqlQuery("select count(*)").and(where(filter)).nativeQuery(em).getSingleResult()).longValue();
    }

    private static SqlQuery where(Filter f) {
        PersonFilter q = new PersonFilter(" from travel_case c where 1 = 1", "c.person_id");
        q.eq("c.person_id", f.personId());
        q.under(f.unitPath(), false);
        q.under(f.scopePath(), true);
        q.eq("c.problem_class", f.problemClass() == null ? null : f.problemClass().name());
        q.eq("c.status", f.status() == null ? null : f.status().name());
        q.from("c.found_on", f.foundFrom());
        q.to("c.found_on", f.foundTo());
        return q.where();
    }
}
