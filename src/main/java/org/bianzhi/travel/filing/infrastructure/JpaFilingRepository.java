package org.bianzhi.travel.filing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bianzhi.shared.infrastructure.SqlQuery;
import org.bianzhi.travel.filing.domain.Filing;
import org.bianzhi.travel.filing.domain.FilingRepository;

@ApplicationScoped
public class JpaFilingRepository implements FilingRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    public void add(Filing filing) {
        em.persist(filing);
    }

    @Override
    public Optional<Filing> find(Long id) {
        return Optional.ofNullable(em.find(Filing.class, id));
    }

    @Override
    public Optional<Filing> lock(Long id) {
        return Optional.ofNullable(em.find(Filing.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Filing> versionsOf(Long personId) {
        return em.createQuery("select f from Filing f where f.personId = :p order by f.period.validFrom, f.id", Filing.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public List<Filing> inForce(Filter f) {
        StringBuilder sql = new StringBuilder("select f.id from travel_filing f join person p on p.id = f.person_id"
                + " where " + SqlQuery.inForce("f", "?"));
        List<Object> params = new ArrayList<>(List.of(f.asOf(), f.asOf()));
        if (f.category() != null) {
            sql.append(" and f.category = ?");
            params.add(f.category().name());
        }
        if (f.status() != null) {
            sql.append(" and f.status = ?");
            params.add(f.status().name());
        }
        if (f.text() != null) {
            String like = "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" and (p.name like ? escape '\\' or upper(p.id_number) like ? escape '\\')");
            params.add(like);
            params.add(like.toUpperCase());
        }
        sql.append(" order by p.name, f.id");
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) q.setParameter(i + 1, params.get(i));
        @SuppressWarnings("unchecked")
        List<Object> ids = q.getResultList();
        return ids.stream().map(id -> em.find(Filing.class, ((Number) id).longValue())).toList();
    }
}
