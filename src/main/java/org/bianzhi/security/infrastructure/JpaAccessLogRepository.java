package org.bianzhi.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.bianzhi.security.domain.AccessLogEntry;
import org.bianzhi.security.domain.AccessLogRepository;

@ApplicationScoped
public class JpaAccessLogRepository implements AccessLogRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    public void append(List<AccessLogEntry> entries) {
        entries.forEach(em::persist);
    }

    @Override
    public List<AccessLogEntry> find(String username, Long personId, Long complaintId, Instant from, Instant to, int offset,
                                     int limit) {
        StringBuilder q = new StringBuilder("select e from AccessLogEntry e where 1 = 1");
        if (username != null) q.append(" and e.username = :u");
        if (personId != null) q.append(" and e.personId = :p");
        if (complaintId != null) q.append(" and e.complaintId = :c");
        if (from != null) q.append(" and e.occurredAt >= :from");
        if (to != null) q.append(" and e.occurredAt < :to");
        TypedQuery<AccessLogEntry> tq = em.createQuery(q.append(" order by e.occurredAt desc, e.id desc").toString(), AccessLogEntry.class);
        if (username != null) tq.setParameter("u", username);
        if (personId != null) tq.setParameter("p", personId);
        if (complaintId != null) tq.setParameter("c", complaintId);
        if (from != null) tq.setParameter("from", from);
        if (to != null) tq.setParameter("to", to);
        return tq.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
