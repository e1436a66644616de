package org.bianzhi.shared.application;

/**
 * The transaction's persistence context. A long transaction (an import of thousands of rows) releases it now
 * and then: writes what is pending and forgets the entities, so that each query's automatic flush does not
 * have to compare every entity loaded so far (the cost grew with the square of the rows).
 */
public interface UnitOfWork {

    void writeAndForget();

    /**
     * Gives a changed aggregate its next version now. A change that adds a dated fact, a version or a member (a
     * child row) leaves the aggregate's own row as it was, so without this its version, its ETag and every
     * stale-version check would stay where they were, and a client holding the old version could overwrite it.
     */
    void nextVersion(Object aggregate);
}
