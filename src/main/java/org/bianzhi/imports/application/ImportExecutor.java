package org.bianzhi.imports.application;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Runs import jobs in the background as EJB asynchronous calls, outside any transaction: each job decides its
 * own (the roster on its own JDBC connection, units and approvals through {@code NewTransaction}).
 */
@Stateless
public class ImportExecutor {

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void execute(Runnable job) {
        job.run();
    }
}
