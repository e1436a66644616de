package org.bianzhi.travel.crossing.domain;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.travel.domain.Horizon;
import org.bianzhi.travel.domain.PersonTravel;

/** Reads what the travel checks need, for every person ever filed (or one of them), as known on a day. */
public interface CrossingFacts {

    /**
     * Facts known by the horizon's day: crossings up to it, documents and declarations reported by it, approvals
     * decided by it; of them only those recorded by the horizon's cut-off.
     */
    List<PersonTravel> filedPeople(Horizon horizon, Long personId);

    default List<PersonTravel> filedPeople(LocalDate asOf, Long personId) {
        return filedPeople(Horizon.asOf(asOf), personId);
    }
}
