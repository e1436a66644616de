package org.bianzhi.security.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.bianzhi.security.domain.AccessLogEntry;
import org.bianzhi.security.domain.AccessLogRepository;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;

@ApplicationScoped
public class JpaAccessLogRepository implements AccessLogRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public void append(List<AccessLogEntry> entries) {
        // One JDBC batch in the caller's transaction: a search page discloses up to a hundred numbers per request.
        Sql.run(dataSource, c -> {
            long[] ids = Sql.ids(c, "access_log_seq", entries.size());
            List<Object[]> rows = new ArrayList<>(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                AccessLogEntry e = entries.get(i);
                rows.add(new Object[] {ids[i], e.occurredAt(), e.username(), e.role(), e.personId(), e.complaintId(), e.what(), e.path()});
            }
            Sql.batch(c, "insert into access_log (id, occurred_at, username, role, person_id, complaint_id, what, path)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        });
    }

    @Override
    public List<AccessLogEntry> find(String username, Long personId, Long complaintId, Instant from, Instant to, int offset,
                                     int limit) {
        return query("select e", " order by e.occurredAt desc, e.id desc", AccessLogEntry.class, username, personId, complaintId,
                from, to).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String username, Long personId, Long complaintId, Instant from, Instant to) {
        return query("select count(e)", "", Long.class, username, personId, complaintId, from, to).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, String order, Class<T> type, String username, Long personId,
                                    Long complaintId, Instant from, Instant to) {
        StringBuilder q = new StringBuilder(select + " from AccessLogEntry e where 1 = 1");
        if (username != null) q.append(" and e.username = :u");
        if (personId != null) q.append(" and e.personId = :p");
        if (complaintId != null) q.append(" and e.complaintId = :c");
        if (from != null) q.append(" and e.occurredAt >= :from");
        if (to != null) q.append(" and e.occurredAt < :to");
        TypedQuery<T> tq = em.createQuery(q.append(order).toString(), type);
        if (username != null) tq.setParameter("u", username);
        if (personId != null) tq.setParameter("p", personId);
        if (complaintId != null) tq.setParameter("c", complaintId);
        if (from != null) tq.setParameter("from", from);
        if (to != null) tq.setParameter("to", to);
        return tq;
    }
}
