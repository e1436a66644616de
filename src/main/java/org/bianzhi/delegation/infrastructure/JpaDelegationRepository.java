package org.bianzhi.delegation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.bianzhi.delegation.domain.Delegation;
import org.bianzhi.delegation.domain.DelegationRepository;
import org.bianzhi.delegation.domain.DelegationRules;
import org.bianzhi.delegation.domain.DelegationStatus;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.roster.domain.LeadingRole;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.shared.infrastructure.SerialCounters;
import org.bianzhi.shared.infrastructure.SqlQuery;

@ApplicationScoped
public class JpaDelegationRepository implements DelegationRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Inject
    SerialCounters counters;

    @Override
    public void store(Delegation delegation) {
        if (delegation.id() == null) em.persist(delegation);
        em.flush();
    }

    @Override
    public Optional<Delegation> find(Long id) {
        return Optional.ofNullable(em.find(Delegation.class, id));
    }

    @Override
    public Optional<Delegation> lock(Long id) {
        return Optional.ofNullable(em.find(Delegation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public int nextSerial(int year) {
        return counters.next("delegation_counter", new String[] {"delegation_year"}, year);
    }

    @Override
    public void lockPeople(Collection<Long> personIds) {
        for (Long id : new TreeSet<>(personIds)) {
            em.createNativeQuery("select id from person where id = ? for update").setParameter(1, id).getResultList();
        }
    }

    @Override
    public Map<Long, List<DelegationRules.Trip>> tripsInYear(Collection<Long> personIds, int year, Long exceptId) {
        Map<Long, List<DelegationRules.Trip>> trips = new HashMap<>();
        if (personIds.isEmpty()) return trips;
        List<Object> params = new ArrayList<>(personIds);
        params.add(LocalDate.of(year, 1, 1));
        params.add(LocalDate.of(year + 1, 1, 1));
        params.add(exceptId == null ? -1L : exceptId);
        String statuses = String.join(", ", DelegationStatus.COUNTED.stream().map(s -> "'" + s.name() + "'").toList());
        List<?> rows = query("select distinct m.person_id, d.delegation_number, d.departs_on from delegation_member m"
                + " join delegation d on d.id = m.delegation_id where m.person_id in (" + marks(personIds.size()) + ")"
                + " and d.departs_on >= ? and d.departs_on < ? and d.id <> ? and d.status in (" + statuses + ")"
                + " order by d.departs_on, d.delegation_number", params).getResultList();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            trips.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new DelegationRules.Trip((String) row[1], date(row[2])));
        }
        return trips;
    }

    @Override
    public List<Appointment> appointmentsOn(Collection<Long> personIds, LocalDate date) {
        if (personIds.isEmpty()) return List.of();
        List<Object> params = new ArrayList<>(personIds);
        params.add(date);
        params.add(date);
        List<?> rows = query("select person_id, unit_id, category, leading_role, post_title from appointment where person_id in ("
                + marks(personIds.size()) + ") and " + SqlQuery.inForce(null, "?") + " order by person_id, category, unit_id",
                params).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Appointment(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), LeadershipCategory.valueOf((String) r[2]),
                r[3] == null ? null : LeadingRole.valueOf((String) r[3]), (String) r[4])).toList();
    }

    /** The from and where clauses of a list, with their parameters. */
    private static SqlQuery where(Filter f) {
        SqlQuery q = new SqlQuery(" from delegation d join unit u on u.id = d.organiser_unit_id where 1 = 1");
        if (f.status() != null) {
            q.and("and d.status = ?", f.status().name());
        }
        for (String path : new String[] {f.unitPath(), f.scopePath()}) {
            if (path == null) continue;
            q.and("and u.path like ?", UnitPath.likePattern(path));
        }
        if (f.personId() != null) {
            q.and("and exists (select 1 from delegation_member m where m.delegation_id = d.id and m.person_id = ?)", f.personId());
        }
        if (f.year() != null) {
            q.and("and d.departs_on >= ? and d.departs_on < ?", LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year() + 1, 1, 1));
        }
        return q;
    }

    @Override
    public List<Delegation> list(Filter filter, int offset, int limit) {
        List<?> ids = new SqlQuery("select d.id").and(where(filter)).and("order by d.departs_on desc, d.id desc").nativeQuery(em)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return ids.stream().map(id -> em.find(Delegation.class, ((Number) id).longValue())).toList();
    }

    @Override
    public long count(Filter filter) {
        return ((Number) new SqlQuery("select count(*)").and(where(filter)).nativeQuery(em).getSingleResult()).longValue();
    }

    @Override
    public List<Delegation> returnedBy(LocalDate asOf, String scopePath) {
        List<Object> params = new ArrayList<>();
        params.add(asOf);
        String scope = "";
        if (scopePath != null) {
            scope = " and u.path like ?";
            params.add(UnitPath.likePattern(scopePath));
        }
        List<?> ids = query("select d.id from delegation d join unit u on u.id = d.organiser_unit_id"
                + " where d.returned_on is not null and d.returned_on <= ?" + scope + " order by d.returned_on, d.id", params)
                .getResultList();
        return ids.stream().map(id -> em.find(Delegation.class, ((Number) id).longValue())).toList();
    }

    private Query query(String sql, List<Object> params) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) q.setParameter(i + 1, params.get(i));
        return q;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
