package org.bianzhi.travel.crossing.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.travel.approval.domain.Approval;

/** The border crossings of registered people (joined by ID number) and their approvals, for the trip list. */
public interface CrossingRecords {

    /** Registered people with a crossing between {@code from} (null: any time) and {@code to}, both inclusive. */
    Set<Long> peopleCrossing(LocalDate from, LocalDate to);

    /** Every crossing of these people up to {@code until}. */
    Map<Long, List<Crossing>> crossingsOf(Collection<Long> personIds, LocalDate until);

    /** Their APPROVED applications decided by {@code asOf}. */
    Map<Long, List<Approval>> approvalsOf(Collection<Long> personIds, LocalDate asOf);
}
