package org.bianzhi.travel.domain;

import java.time.LocalDate;
import java.util.List;

/** Reads what the travel checks need, for every person ever filed (or one of them), as known on a day. */
public interface CrossingFacts {

    /** Facts known by {@code asOf}: crossings up to it, documents and declarations reported by it, approvals decided by it. */
    List<PersonTravel> filedPeople(LocalDate asOf, Long personId);
}
