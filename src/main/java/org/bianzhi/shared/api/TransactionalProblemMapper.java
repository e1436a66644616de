package org.bianzhi.shared.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey ships a mapper for {@link TransactionalException} that outranks ours for Throwable; this one
 * hands such failures (a change refused at commit) to {@link ProblemMapper}, the one place that answers errors.
 */
@Provider
@Priority(1)
public class TransactionalProblemMapper implements ExceptionMapper<TransactionalException> {

    @Inject
    ProblemMapper problems;

    @Override
    public Response toResponse(TransactionalException e) {
        return problems.toResponse(e);
    }
}
