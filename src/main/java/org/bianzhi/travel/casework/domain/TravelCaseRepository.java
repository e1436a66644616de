package org.bianzhi.travel.casework.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Cases of travel violations and their handlings. */
public interface TravelCaseRepository {

    void store(TravelCase travelCase);

    void add(TravelCaseHandling handling);

    Optional<TravelCase> find(Long id);

    /** The case with its row locked: two clerks recording the same method queue, the second is refused. */
    Optional<TravelCase> lock(Long id);

    List<TravelCaseHandling> handlings(long caseId);

    /** What a list asks for; null fields do not filter (the unit and scope paths as for applications). */
    record Filter(String unitPath, String scopePath, ProblemClass problemClass, CaseStatus status, LocalDate foundFrom,
                  LocalDate foundTo, Long personId) {}

    List<TravelCase> list(Filter filter, int offset, int limit);

    long count(Filter filter);
}
