package org.bianzhi.shared.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 批量变更（少量）: fired after a bulk import that changed few people, instead of {@link RegistryChanged#ofEverything()}:
 * each person it created or changed, with each unit where it touched their records (null: none, a fact of the person
 * alone), so that the search index and the audit follow these people only.
 */
public record PeopleChanged(List<Touch> touched) {

    /** A person whose records changed, and a unit where they did (or null). */
    public record Touch(long personId, Long unitId) {}

    public PeopleChanged {
        touched = List.copyOf(touched);
    }

    /** The people, each once, in the order first touched. */
    public Set<Long> people() {
        Set<Long> people = new LinkedHashSet<>();
        for (Touch t : touched) people.add(t.personId());
        return people;
    }
}
