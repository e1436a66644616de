package org.bianzhi.travel.approval.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianzhi.shared.infrastructure.SerialCounters;
import org.bianzhi.shared.infrastructure.SqlQuery;
import org.bianzhi.travel.approval.domain.TravelApplication;
import org.bianzhi.travel.approval.domain.TravelApplicationRepository;
import org.bianzhi.travel.infrastructure.PersonFilter;

@ApplicationScoped
public class JpaTravelApplicationRepository implements TravelApplicationRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Inject
    SerialCounters counters;

    @Override
    public void store(TravelApplication application) {
        if (application.id() == null) em.persist(application);
    }

    @Override
    public Optional<TravelApplication> find(Long id) {
        return Optional.ofNullable(em.find(TravelApplication.class, id));
    }

    @Override
    public Optional<TravelApplication> findByNumber(String number) {
        return em.createQuery("select a from TravelApplication a where a.number = :n", TravelApplication.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public Optional<TravelApplication> lock(Long id) {
        return Optional.ofNullable(em.find(TravelApplication.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public int nextSerial(int year) {
        return counters.next("travel_application_counter", new String[] {"application_year"}, year);
    }

    @Override
    public boolean exists(long personId, LocalDate departsOn, LocalDate returnsOn, LocalDate decidedOn) {
        Number n = (Number) em.createNativeQuery("select count(*) from travel_application where person_id = ? and departs_on = ?"
                        + " and returns_on = ? and decided_on = ?")
                .setParameter(1, personId).setParameter(2, departsOn).setParameter(3, returnsOn).setParameter(4, decidedOn)
                .getSingleResult();
        return n.longValue() > 0;
    }

    @Override
    public List<TravelApplication> list(Filter filter, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = new SqlQuery("select a.id").and(where(filter)).and("order by a.departs_on desc, a.id desc")
                .nativeQuery(em)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return ids.stream().map(id -> em.find(TravelApplication.class, ((Number) id).longValue())).toList();
    }

    @Override
    public long count(Filter filter) {
        return ((Number) new SqlQuery("select count(*)").and(where(filter)).nativeQuery(em).getSingleResult()).longValue();
    }

    private static SqlQuery where(Filter f) {
        PersonFilter q = new PersonFilter(" from travel_application a where 1 = 1", "a.person_id");
        q.eq("a.person_id", f.personId());
        q.under(f.unitPath(), false);
        q.under(f.scopePath(), true);
        q.eq("a.status", f.status() == null ? null : f.status().name());
        q.from("a.departs_on", f.departsFrom());
        q.to("a.departs_on", f.departsTo());
        return q.where();
    }
}
