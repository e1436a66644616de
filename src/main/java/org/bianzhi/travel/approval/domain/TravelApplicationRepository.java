package org.bianzhi.travel.approval.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Private-travel applications and their yearly number counter. */
public interface TravelApplicationRepository {

    void store(TravelApplication application);

    Optional<TravelApplication> find(Long id);

    /** The application numbered {@code number} (CG2026-00012). */
    Optional<TravelApplication> findByNumber(String number);

    /** The application with its row locked for a decision: two deciders queue instead of both deciding. */
    Optional<TravelApplication> lock(Long id);

    /** The next serial of {@code year}: gapless and unique, the counter row stays locked until commit. */
    int nextSerial(int year);

    /** Whether an application of the person with these dates and decision day is on record (an import already stored). */
    boolean exists(long personId, LocalDate departsOn, LocalDate returnsOn, LocalDate decidedOn);

    /**
     * What a list asks for; null fields do not filter. {@code unitPath}: people with a record at the unit or below
     * (the caller's scope, or the unit asked for); {@code departsFrom}/{@code departsTo} bound the departure.
     */
    record Filter(Long personId, String unitPath, String scopePath, ApplicationStatus status, LocalDate departsFrom,
                  LocalDate departsTo) {}

    List<TravelApplication> list(Filter filter, int offset, int limit);

    long count(Filter filter);
}
