package org.bianzhi.complaint.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bianzhi.complaint.domain.Complaint;
import org.bianzhi.complaint.domain.ComplaintEvent;
import org.bianzhi.complaint.domain.ComplaintRepository;
import org.bianzhi.complaint.domain.ComplaintStatus;
import org.bianzhi.shared.infrastructure.SerialCounters;
import org.bianzhi.shared.infrastructure.SqlQuery;

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

    /** The from and where clauses of a list, with their parameters. */
    private static SqlQuery where(Filter f) {
        SqlQuery q = new SqlQuery(" from complaint c where 1 = 1");
        if (f.status() != null) {
            q.and("and c.status = ?", f.status().name());
        }
        if (f.category() != null) {
            q.and("and exists (select 1 from complaint_category k where k.complaint_id = c.id and k.category = ?)", f.category().name());
        }
        if (f.unitId() != null) {
            q.and("and exists (select 1 from complaint_unit u where u.complaint_id = c.id and u.unit_id = ?)", f.unitId());
        }
        if (f.handler() != null) {
            q.and("and c.handler = ?", f.handler());
        }
        if (f.overdueOn() != null) {
            q.and("and c.status <> ? and c.due_date < ?", ComplaintStatus.CONCLUDED.name(), f.overdueOn());
        }
        if (f.text() != null) {
            String like = "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            q.and("and (c.subject like ? or upper(c.case_number) like ?)", like, like.toUpperCase());
        }
        return q;
    }

    @Override
    public List<Complaint> list(Filter filter, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = new SqlQuery("select c.id").and(where(filter)).and("order by c.received_on desc, c.id desc")
                .nativeQuery(em)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return ids.stream().map(id -> em.find(Complaint.class, ((Number) id).longValue())).toList();
    }

    @Override
    public long count(Filter filter) {
        return ((Number) new SqlQuery("select count(*)").and(where(filter)).nativeQuery(em).getSingleResult()).longValue();
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
