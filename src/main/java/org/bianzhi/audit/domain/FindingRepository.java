package org.bianzhi.audit.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stored findings and the queue of changes waiting to be re-evaluated. */
public interface FindingRepository {

    /** Every stored finding (a full evaluation compares against all of them). */
    List<Finding> all();

    /** Stored personal findings of these people and unit-wide findings of these units. */
    List<Finding> touching(Set<Long> personIds, Set<Long> unitIds);

    /** People named by stored personal findings of these units (they may have left since). */
    Set<Long> peopleNamedAt(Set<Long> unitIds);

    /** Stored findings with these keys (the workflow state of violations computed for a past date). */
    List<Finding> withKeys(Collection<String> keys);

    Optional<Finding> lock(long id);

    Optional<Finding> find(long id);

    List<FindingEvent> history(long id);

    /** Inserts new findings, updates changed ones (refusing a stale version), appends their new events. */
    void store(Collection<Finding> findings);

    /** Queues a change for re-evaluation, in the caller's transaction. */
    void enqueue(Long personId, Long unitId, boolean everything);

    /** Queues changes of people (each with a unit where their records changed, or null) in one batch. */
    void enqueuePeople(Collection<PersonAtUnit> changes);

    /** A person whose records changed at a unit (null: not at a unit). */
    record PersonAtUnit(long personId, Long unitId) {}

    /** Up to {@code max} queued changes, oldest first. */
    List<QueuedChange> queued(int max);

    void dequeue(Collection<Long> ids);

    long queuedCount();

    /** Locks the evaluation state: evaluations run one at a time, across service instances too. */
    LocalDate lockEvaluations();

    void fullEvaluationDone(LocalDate day, long millis);

    /** A change waiting to be re-evaluated. */
    record QueuedChange(long id, Long personId, Long unitId, boolean everything) {}
}
