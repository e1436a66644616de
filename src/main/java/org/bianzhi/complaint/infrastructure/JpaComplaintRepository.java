package org.bianzhi.complaint.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bianzhi.complaint.domain.Complaint;
import org.bianzhi.complaint.domain.ComplaintEvent;
import org.bianzhi.complaint.domain.ComplaintRepository;
import org.bianzhi.complaint.domain.ComplaintStatus;
import org.bianzhi.shared.infrastructure.SerialCounters;

@ApplicationScoped
public class JpaComplaintRepository implements ComplaintRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Inject
    SerialCounters counters;

    @Override
    public void store(Complaint complaint) {
        if (complaint.id() == null) em.persist(complaint);
        for (ComplaintEvent e : complaint.drainEvents()) {
            e.of(complaint.id());
            em.persist(e);
        }
    }

    @Override
    public Optional<Complaint> find(Long id) {
        return Optional.ofNullable(em.find(Complaint.class, id));
    }

    @Override
    public Optional<Complaint> lock(Long id) {
        return Optional.ofNullable(em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ComplaintEvent> history(Long id) {
        return em.createQuery("select e from ComplaintEvent e where e.complaintId = :c order by e.occurredAt, e.id", ComplaintEvent.class)
                .setParameter("c", id).getResultList();
    }

    @Override
    public int nextSerial(int year) {
        return counters.next("complaint_counter", new String[] {"case_year"}, year);
    }

    /** The where clause of a list, with its parameters in order. */
    private record Where(String sql, List<Object> params) {}

    private static Where where(Filter f) {
        StringBuilder q = new StringBuilder(" from complaint c where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.status() != null) {
            q.append(" and c.status = ?");
            params.add(f.status().name());
        }
        if (f.category() != null) {
            q.append(" and exists (select 1 from complaint_category k where k.complaint_id = c.id and k.category = ?)");
            params.add(f.category().name());
        }
        if (f.unitId() != null) {
            q.append(" and exists (select 1 from complaint_unit u where u.complaint_id = c.id and u.unit_id = ?)");
            params.add(f.unitId());
        }
        if (f.handler() != null) {
            q.append(" and c.handler = ?");
            params.add(f.handler());
        }
        if (f.overdueOn() != null) {
            q.append(" and c.status <> ? and c.due_date < ?");
            params.add(ComplaintStatus.CONCLUDED.name());
            params.add(f.overdueOn());
        }
        if (f.text() != null) {
            q.append(" and (c.subject like ? or upper(c.case_number) like ?)");
            String like = "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like.toUpperCase());
        }
        return new Where(q.toString(), params);
    }

    private Query query(String sql, List<Object> params) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) q.setParameter(i + 1, params.get(i));
        return q;
    }

    @Override
    public List<Complaint> list(Filter filter, int offset, int limit) {
        Where w = where(filter);
        @SuppressWarnings("unchecked")
        List<Object> ids = query("select c.id" + w.sql() + " order by c.received_on desc, c.id desc", w.params())
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return ids.stream().map(id -> em.find(Complaint.class, ((Number) id).longValue())).toList();
    }

    @Override
    public long count(Filter filter) {
        Where w = where(filter);
        return ((Number) query("select count(*)" + w.sql(), w.params()).getSingleResult()).longValue();
    }

    @Override
    public List<Long> sealedWithOtherKey(String currentKeyId, long afterId, int max) {
        String prefix = currentKeyId.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%";
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select id from complaint where id > ? and ("
                        + "(reporter_name is not null and reporter_name not like ? escape '\\')"
                        + " or (reporter_contact is not null and reporter_contact not like ? escape '\\')) order by id")
                .setParameter(1, afterId).setParameter(2, prefix).setParameter(3, prefix).setMaxResults(max).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
