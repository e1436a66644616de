package org.bianzhi.search.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * 检索变更队列: the registry changes every search index must follow, written in the transaction of the change. Each
 * index reads it from its own position; the rows themselves say only whom to read again.
 */
public interface SearchOutbox {

    /** A change: a person, a unit (its people), or everything (after a bulk import). */
    record Entry(long id, Long personId, Long unitId, boolean everything) {}

    void append(Long personId, Long unitId, boolean everything);

    /** One entry per person, in one batch (a small bulk import). */
    void appendPeople(Collection<Long> personIds);

    /** The entries after {@code id}, oldest first. */
    List<Entry> after(long id, int max);

    /** These entries, if they exist (late commits of ids that were missing). */
    List<Entry> withIds(Collection<Long> ids);

    long lastId();

    /** The token of this database, made on first use. */
    String databaseToken();

    /** Where this instance's index stands, for monitoring and pruning. */
    void report(String instance, long position, long documents, Instant at);

    /** Deletes entries older than {@code before} that every instance heard of in that time has passed. */
    int prune(Instant before);
}
