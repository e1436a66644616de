package org.bianzhi.security.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.bianzhi.shared.application.DisclosureLog;
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
    DisclosureLog disclosures;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if ("GET".equals(request.getMethod()) && response.getStatus() < 400) disclosures.flush();
        else reads.forget();
    }
}
