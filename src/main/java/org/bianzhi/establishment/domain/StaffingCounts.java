package org.bianzhi.establishment.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * How many people fill a unit's quotas and leadership positions on a date. The roster answers it;
 * the establishment only asks (so the two capabilities do not depend on each other's tables).
 */
public interface StaffingCounts {

    Map<QuotaType, Integer> occupied(Long unitId, LocalDate date);

    Map<QuotaType, Integer> reserved(Long unitId, LocalDate date);

    Map<LeadershipCategory, Integer> holders(Long unitId, LocalDate date);
}
