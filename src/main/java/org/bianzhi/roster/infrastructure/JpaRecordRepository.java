package org.bianzhi.roster.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.roster.domain.Appointment;
import org.bianzhi.roster.domain.Occupancy;
import org.bianzhi.roster.domain.PersonRecord;
import org.bianzhi.roster.domain.Posting;
import org.bianzhi.roster.domain.RecordRepository;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.shared.infrastructure.SqlQuery;

@ApplicationScoped
public class JpaRecordRepository implements RecordRepository {

    /** Native SQL: who has an occupancy or a posting at a unit on a date. */
    private static final String PEOPLE_AT = "select person_id from occupancy where unit_id = ?1 and " + SqlQuery.inForce(null, "?2")
            + " union select person_id from posting where unit_id = ?1 and " + SqlQuery.inForce(null, "?2");

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    public void add(PersonRecord record) {
        em.persist(record);
    }

    @Override
    public Optional<Occupancy> findOccupancy(Long id) {
        return Optional.ofNullable(em.find(Occupancy.class, id));
    }

    @Override
    public Optional<Posting> findPosting(Long id) {
        return Optional.ofNullable(em.find(Posting.class, id));
    }

    @Override
    public Optional<Appointment> findAppointment(Long id) {
        return Optional.ofNullable(em.find(Appointment.class, id));
    }

    @Override
    public List<Occupancy> occupanciesOf(Long personId) {
        return ofPerson(Occupancy.class, personId);
    }

    @Override
    public List<Posting> postingsOf(Long personId) {
        return ofPerson(Posting.class, personId);
    }

    @Override
    public List<Appointment> appointmentsOf(Long personId) {
        return ofPerson(Appointment.class, personId);
    }

    private <R extends PersonRecord> List<R> ofPerson(Class<R> type, Long personId) {
        return em.createQuery("select r from " + type.getSimpleName() + " r where r.personId = :p"
                + " order by r.period.validFrom, r.id", type).setParameter("p", personId).getResultList();
    }

    @Override
    public Optional<Occupancy> findOccupancy(Long personId, Long unitId, QuotaType type) {
        return em.createQuery("select o from Occupancy o where o.personId = :p and o.unitId = :u and o.quotaType = :t"
                        + " order by o.period.validFrom desc", Occupancy.class)
                .setParameter("p", personId).setParameter("u", unitId).setParameter("t", type)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Counts a person's records (occupancies, postings, appointments) as {@code r}, for {@code ?1} the person. */
    private static final String RECORD_UNITS = "select count(*) from (select unit_id from occupancy where person_id = ?1 union all"
            + " select unit_id from posting where person_id = ?1 union all select unit_id from appointment where person_id = ?1) r";

    @Override
    public boolean hasRecords(Long personId) {
        return ((Number) em.createNativeQuery(RECORD_UNITS).setParameter(1, personId).getSingleResult()).longValue() > 0;
    }

    @Override
    public boolean hasRecordUnder(Long personId, String path) {
        return ((Number) em.createNativeQuery(RECORD_UNITS + " join unit u on u.id = r.unit_id where u.path like ?2")
                .setParameter(1, personId).setParameter(2, UnitPath.likePattern(path)).getSingleResult()).longValue() > 0;
    }

    @Override
    public boolean belongsUnder(Long personId, String path) {
        return !hasRecords(personId) || hasRecordUnder(personId, path);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> personIdsAt(Long unitId, LocalDate date, int offset, int limit) {
        List<Number> ids = em.createNativeQuery("select person_id from (" + PEOPLE_AT + ") x order by person_id")
                .setParameter(1, unitId).setParameter(2, date)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public long countPeopleAt(Long unitId, LocalDate date) {
        return ((Number) em.createNativeQuery("select count(*) from (" + PEOPLE_AT + ") x")
                .setParameter(1, unitId).setParameter(2, date).getSingleResult()).longValue();
    }
}
