package org.bianzhi.delegation.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.roster.domain.LeadingRole;

/** Delegations, their yearly number counter, and the facts their rules are checked against. */
public interface DelegationRepository {

    void store(Delegation delegation);

    Optional<Delegation> find(Long id);

    /** The delegation with its row locked for a change. */
    Optional<Delegation> lock(Long id);

    /** The next serial of {@code year}: gapless, the counter row stays locked until commit. */
    int nextSerial(int year);

    /**
     * Locks the people's rows until commit, in the order of their ids (so two requests never wait on each other in a
     * circle): a second check of one person's trips waits until the first one's outcome is committed.
     */
    void lockPeople(Collection<Long> personIds);

    /** Per person, the other delegations departing in {@code year} that count as a trip ({@link DelegationStatus#COUNTED}). */
    Map<Long, List<DelegationRules.Trip>> tripsInYear(Collection<Long> personIds, int year, Long exceptId);

    /** A leadership appointment (任职) in force, with its 主要领导身份 and 职务名称 (null when not recorded). */
    record Appointment(long personId, long unitId, LeadershipCategory category, LeadingRole role, String title) {}

    /** The appointments in force on {@code date} of the people. */
    List<Appointment> appointmentsOn(Collection<Long> personIds, LocalDate date);

    /** What a list asks for; null fields do not filter. Unit paths select a unit and its subordinates. */
    record Filter(DelegationStatus status, String unitPath, String scopePath, Long personId, Integer year) {}

    List<Delegation> list(Filter filter, int offset, int limit);

    long count(Filter filter);

    /** Delegations returned on or before {@code asOf} (status RETURNED or REPORTED) organised within {@code scopePath}. */
    List<Delegation> returnedBy(LocalDate asOf, String scopePath);
}
