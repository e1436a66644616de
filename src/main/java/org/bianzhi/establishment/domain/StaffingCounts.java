package org.bianzhi.establishment.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedSet;

/**
 * How many people fill a unit's quotas and leadership positions on a date. The roster answers it;
 * the establishment only asks (so the two capabilities do not depend on each other's tables).
 */
public interface StaffingCounts {

    Map<QuotaType, Integer> occupied(Long unitId, LocalDate date);

    Map<QuotaType, Integer> reserved(Long unitId, LocalDate date);

    Map<LeadershipCategory, Integer> holders(Long unitId, LocalDate date);

    /**
     * The dates after {@code from} on which the occupied or reserved count of the type may change: an occupancy begins
     * or ends, a plan begins or stops reserving, or a notice uses a plan's slot. Between them the counts stand still.
     */
    SortedSet<LocalDate> changesAfter(Long unitId, QuotaType type, LocalDate from);
}
