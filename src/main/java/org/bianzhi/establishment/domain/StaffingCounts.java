package org.bianzhi.establishment.domain;

import java.time.LocalDate;
import java.util.List;
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

    /** One person holding a slot of the type, as the quota's 超编 answer names them. */
    record Holder(Long personId, String name, LocalDate entryDate, String increaseNoticeNumber) {
    }

    /**
     * The {@code n} latest entrants into the unit's slots of the type in force on {@code date}, by 入编日期 then
     * 增人通知单号 (newest first): the people beyond the quota when it is exceeded by {@code n}, as the audit names them.
     */
    List<Holder> latestEntrants(Long unitId, QuotaType type, LocalDate date, int n);
}
