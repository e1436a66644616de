package org.bianzhi.roster.domain;

import java.util.List;
import java.util.Optional;

/** Registered people. */
public interface PersonRepository {

    Optional<Person> findById(Long id);

    Optional<Person> findByIdNumber(String idNumber);

    void add(Person person);

    /** People whose name contains {@code text} or whose ID number ends with it, optionally only those with a record at a unit's subtree. */
    List<Person> search(String text, String unitPath, int offset, int limit);

    long count(String text, String unitPath);

    /** Every version of the person's 职务层次 and 户口所在地, oldest first. */
    List<PersonFact> factsOf(Long personId);

    /** {@link #factsOf(Long)} of several people in one query (a list page), by person; people without facts are absent. */
    java.util.Map<Long, List<PersonFact>> factsOf(java.util.Collection<Long> personIds);

    void addFact(PersonFact fact);
}
