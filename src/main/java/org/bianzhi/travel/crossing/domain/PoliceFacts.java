package org.bianzhi.travel.crossing.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.bianzhi.travel.domain.Horizon;

/** Reads public security's records ({@link PoliceRecords}) of registered people, joined by ID number, as known on a day. */
public interface PoliceFacts {

    /** Issuances and certificates dated by {@code asOf}, crossings up to it, filing versions begun by it; people without any are left out. */
    Map<Long, PoliceRecords> of(Collection<Long> personIds, Horizon horizon);
}
