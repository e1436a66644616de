package org.bianzhi.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bianzhi.search.domain.SearchOutbox;
import org.bianzhi.shared.application.PeopleChanged;
import org.bianzhi.shared.application.RegistryChanged;

/**
 * Writes every registry change that alters what the search shows (a person and their records, a unit itself, or
 * everything after a bulk import) to the search outbox, in the transaction of the change: a committed change is
 * always followed by the index, a rolled-back one never.
 */
@ApplicationScoped
public class SearchFeed {

    @Inject
    SearchOutbox outbox;

    void record(@Observes RegistryChanged change) {
        if (change.all()) outbox.append(null, null, true);
        else if (change.personId() != null) outbox.append(change.personId(), null, false);
        else if (change.unitItself()) outbox.append(null, change.unitId(), false);
    }

    /** A small bulk import: its people, one entry each, instead of a rebuild. */
    void record(@Observes PeopleChanged change) {
        outbox.appendPeople(change.people());
    }
}
