package org.bianzhi.roster.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianzhi.establishment.domain.QuotaType;

/** Occupancies, postings and appointments: the effective-dated records of people at units. */
public interface RecordRepository {

    void add(PersonRecord record);

    Optional<Occupancy> findOccupancy(Long id);

    Optional<Posting> findPosting(Long id);

    Optional<Appointment> findAppointment(Long id);

    List<Occupancy> occupanciesOf(Long personId);

    List<Posting> postingsOf(Long personId);

    List<Appointment> appointmentsOf(Long personId);

    /** The person's latest occupancy of this unit and quota type, if any (re-import matches on it). */
    Optional<Occupancy> findOccupancy(Long personId, Long unitId, QuotaType type);

    /** People with an occupancy or posting at the unit on {@code date}, paged. */
    List<Long> personIdsAt(Long unitId, LocalDate date, int offset, int limit);

    long countPeopleAt(Long unitId, LocalDate date);

    /**
     * Whether a person belongs to a unit subtree: an occupancy, posting or appointment (of any date) at a unit
     * under {@code path}, or no record anywhere yet (just registered).
     */
    boolean belongsUnder(Long personId, String path);

    /** Whether the person has any occupancy, posting or appointment, of any date and unit. */
    boolean hasRecords(Long personId);

    /** Whether the person has an occupancy, posting or appointment (of any date) at a unit under {@code path}. */
    boolean hasRecordUnder(Long personId, String path);
}
