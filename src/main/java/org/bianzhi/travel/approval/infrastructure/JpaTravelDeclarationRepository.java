package org.bianzhi.travel.approval.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.bianzhi.travel.approval.domain.TravelDeclaration;
import org.bianzhi.travel.approval.domain.TravelDeclarationRepository;
import org.bianzhi.travel.infrastructure.PersonFilter;

@ApplicationScoped
public class JpaTravelDeclarationRepository implements TravelDeclarationRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    public void store(TravelDeclaration declaration) {
        if (declaration.id() == null) em.persist(declaration);
    }

    @Override
    public List<TravelDeclaration> list(Long personId, String scopePath, int offset, int limit) {
        PersonFilter.Where w = where(personId, scopePath);
        @SuppressWarnings("unchecked")
        List<Object> ids = w.bind(em.createNativeQuery("select d.id" + w.sql() + " order by d.departs_on desc, d.id desc"))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return ids.stream().map(id -> em.find(TravelDeclaration.class, ((Number) id).longValue())).toList();
    }

    @Override
    public long count(Long personId, String scopePath) {
        PersonFilter.Where w = where(personId, scopePath);
        return ((Number) w.bind(em.createNativeQuery("select count(*)" + w.sql())).getSingleResult()).longValue();
    }

    private static PersonFilter.Where where(Long personId, String scopePath) {
        PersonFilter q = new PersonFilter(" from travel_declaration d where 1 = 1", "d.person_id");
        q.eq("d.person_id", personId);
        q.under(scopePath, true);
        return q.where();
    }
}
