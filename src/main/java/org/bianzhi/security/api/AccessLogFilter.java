package org.bianzhi.security.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.bianzhi.security.application.AccessLogService;
import org.bianzhi.shared.application.Caller;
import org.bianzhi.shared.application.PersonalDataReads;

/**
 * Once a read is answered, writes to the access log whose personal data it disclosed. Only GET answers count:
 * a change's answer echoes what the clerk just entered.
 */
@Provider
public class AccessLogFilter implements ContainerResponseFilter {

    @Inject
    PersonalDataReads reads;

    @Inject
    Caller caller;

    @Inject
    AccessLogService log;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var disclosed = reads.drain();
        if ("GET".equals(request.getMethod()) && response.getStatus() < 400) log.record(caller, disclosed);
    }
}
