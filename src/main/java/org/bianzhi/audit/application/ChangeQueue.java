package org.bianzhi.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bianzhi.audit.domain.FindingRepository;
import org.bianzhi.audit.domain.FindingRepository.PersonAtUnit;
import org.bianzhi.shared.application.PeopleChanged;
import org.bianzhi.shared.application.RegistryChanged;

/**
 * Queues every registry change for re-evaluation in the transaction that makes it: the change and its queue
 * row commit together or not at all, so the evaluator can neither miss a committed change nor see one that
 * rolled back.
 */
@ApplicationScoped
public class ChangeQueue {

    @Inject
    FindingRepository findings;

    void queue(@Observes RegistryChanged change) {
        if (change.all() || change.personId() != null || change.unitId() != null) {
            findings.enqueue(change.personId(), change.unitId(), change.all());
        }
    }

    /** A small bulk import: each person at each unit it touched (more than the targeted maximum: a full evaluation). */
    void queue(@Observes PeopleChanged change) {
        findings.enqueuePeople(change.touched().stream().map(t -> new PersonAtUnit(t.personId(), t.unitId())).toList());
    }
}
