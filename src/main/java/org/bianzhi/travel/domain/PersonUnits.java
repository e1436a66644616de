package org.bianzhi.travel.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Where a person belongs for the module's lists, scope and statistics: the unit of their occupancy (编制) in force on
 * the date, else of their posting, else of their leadership appointment, else of their latest record before it.
 */
public interface PersonUnits {

    /** A unit as the module shows it: its materialized path decides the caller's scope. */
    record UnitRef(long id, String code, String name, String path) {}

    /** Person and their unit; a person with no record anywhere is absent. */
    Map<Long, UnitRef> unitsOf(Collection<Long> personIds, LocalDate date);
}
