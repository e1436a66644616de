package org.bianzhi.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.bianzhi.shared.domain.ChangeLogEntry;
import org.bianzhi.shared.domain.ChangeLogRepository;

@ApplicationScoped
public class JpaChangeLogRepository implements ChangeLogRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    public void append(ChangeLogEntry entry) {
        em.persist(entry);
        // The log line is a change's last write: flushing here makes a constraint violation surface inside
        // the business method, where it maps to a clear refusal, rather than at commit.
        em.flush();
    }

    @Override
    public List<ChangeLogEntry> ofPerson(Long personId) {
        return em.createQuery("select c from ChangeLogEntry c where c.personId = :p order by c.occurredAt, c.id",
                ChangeLogEntry.class).setParameter("p", personId).getResultList();
    }

    @Override
    public List<ChangeLogEntry> ofUnit(Long unitId, int offset, int limit) {
        return em.createQuery("select c from ChangeLogEntry c where c.unitId = :u order by c.occurredAt desc, c.id desc",
                ChangeLogEntry.class).setParameter("u", unitId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
