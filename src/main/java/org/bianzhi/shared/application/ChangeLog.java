package org.bianzhi.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.bianzhi.shared.domain.ChangeLogEntry;
import org.bianzhi.shared.domain.ChangeLogRepository;

/**
 * Writes one change-log line per change, in the caller's transaction, so a change and its record
 * commit or fail together, and announces the change (in the same transaction) to what follows the registry. States are stored as JSON of the views the API shows.
 */
@ApplicationScoped
public class ChangeLog {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ChangeLogRepository repository;

    @Inject
    RegistryClock clock;

    @Inject
    CurrentActor actor;

    @Inject
    Event<RegistryChanged> changed;

    /** What changed: the entity, whose record it is, and on which document. */
    public record Change(String entityType, Long entityId, Long personId, Long unitId, String action, String basisDocument) {}

    public void record(Change change, Object before, Object after) {
        repository.append(new ChangeLogEntry(clock.now(), actor.name(), change.entityType(), change.entityId(),
                change.personId(), change.unitId(), change.action(), change.basisDocument(),
                before == null ? null : JSON.toJson(before), after == null ? null : JSON.toJson(after)));
        changed.fire(new RegistryChanged(change.entityType(), change.personId(), change.unitId(), false));
    }

    public String actorName() {
        return actor.name();
    }
}
