package org.bianzhi.shared.application;

/**
 * The transaction's persistence context. A long transaction (an import of thousands of rows) releases it now
 * and then: writes what is pending and forgets the entities, so that each query's automatic flush does not
 * have to compare every entity loaded so far (the cost grew with the square of the rows).
 */
public interface UnitOfWork {

    void writeAndForget();
}
