package org.bianzhi.roster.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.roster.domain.PersonFact;
import org.bianzhi.roster.domain.PersonRepository;
import org.bianzhi.shared.domain.UnitPath;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    public Optional<Person> findById(Long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public Optional<Person> findByIdNumber(String idNumber) {
        return em.createQuery("select p from Person p where p.idNumber = :n", Person.class)
                .setParameter("n", IdNumber.normalise(idNumber)).getResultStream().findFirst();
    }

    @Override
    public void add(Person person) {
        em.persist(person);
    }

    @Override
    public List<PersonFact> factsOf(Long personId) {
        return em.createQuery("select f from PersonFact f where f.personId = :p order by f.kind, f.period.validFrom", PersonFact.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public java.util.Map<Long, List<PersonFact>> factsOf(java.util.Collection<Long> personIds) {
        List<Long> ids = List.copyOf(personIds);
        java.util.Map<Long, List<PersonFact>> facts = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) { // an IN list the databases take
            em.createQuery("select f from PersonFact f where f.personId in :p order by f.kind, f.period.validFrom", PersonFact.class)
                    .setParameter("p", ids.subList(i, Math.min(ids.size(), i + 1000))).getResultStream()
                    .forEach(f -> facts.computeIfAbsent(f.personId(), k -> new java.util.ArrayList<>()).add(f));
        }
        return facts;
    }

    @Override
    public void addFact(PersonFact fact) {
        em.persist(fact);
    }

    @Override
    public List<Person> search(String text, String unitPath, int offset, int limit) {
        return query("select p", text, unitPath, " order by p.name, p.id", Person.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String text, String unitPath) {
        return query("select count(p)", text, unitPath, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, String text, String unitPath, String order, Class<T> type) {
        StringBuilder q = new StringBuilder(select).append(" from Person p where 1 = 1");
        boolean hasText = text != null && !text.isBlank();
        if (hasText) q.append(" and (p.name like :t or p.idNumber like :suffix)");
        if (unitPath != null) {
            q.append(" and (exists (select o.id from Occupancy o, Unit u where o.personId = p.id and u.id = o.unitId"
                    + " and u.path like :path) or exists (select s.id from Posting s, Unit w where s.personId = p.id"
                    + " and w.id = s.unitId and w.path like :path))");
        }
        TypedQuery<T> tq = em.createQuery(q.append(order).toString(), type);
        if (hasText) {
            tq.setParameter("t", "%" + text.strip() + "%");
            tq.setParameter("suffix", "%" + text.strip().toUpperCase());
        }
        if (unitPath != null) tq.setParameter("path", UnitPath.likePattern(unitPath));
        return tq;
    }
}
