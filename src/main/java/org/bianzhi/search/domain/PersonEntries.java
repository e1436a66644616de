package org.bianzhi.search.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Reads {@link PersonEntry}s from the registry: a few people after a change, or everyone for a rebuild. */
public interface PersonEntries {

    /** The entries of these people; ids without a person are left out (they were removed). */
    List<PersonEntry> read(Collection<Long> personIds, UnitCatalogue units);

    /** Every person, in id order, streamed. */
    void forEach(UnitCatalogue units, Consumer<PersonEntry> sink);

    /** The people with any record (occupancy, posting, appointment) at a unit of this subtree. */
    Set<Long> peopleUnder(String path);

    /** Every unit, for a fresh catalogue. */
    UnitCatalogue units();
}
