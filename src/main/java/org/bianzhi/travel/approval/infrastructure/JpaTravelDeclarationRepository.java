package org.bianzhi.travel.approval.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.bianzhi.shared.infrastructure.SqlQuery;
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
        @SuppressWarnings("unchecked")
        List<Object> ids = new SqlQuery("select d.id").and(where(personId, scopePath)).and("order by d.departs_on desc, d.id desc")
                .nativeQuery(em)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return ids.stream().map(id -> em.find(TravelDeclaration.class, ((Number) id).longValue())).toList();
    }

    @Override
    public long count(Long personId, String scopePath) {
        return ((Number) new SqlQuery("select count(*)").and(where(personId, scopePath)).nativeQuery(em).getSingleResult()).longValue();
    }

    private static SqlQuery where(Long personId, String scopePath) {
        PersonFilter q = new PersonFilter(" from travel_declaration d where 1 = 1", "d.person_id");
        q.eq("d.person_id", personId);
        q.under(scopePath, true);
        return q.where();
    }
}
