package org.bianzhi.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * A request address over 8,192 characters is refused with a Chinese 414 before anything else reads it. The HTTP
 * listener itself takes headers up to 64 KB (src/main/micro pre-boot commands), so an over-long address reaches this
 * filter instead of the listener's empty 400.
 */
@Provider
@PreMatching
public class RequestLimits implements ContainerRequestFilter {

    static final int MAX_URI_CHARS = 8192;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getRequestUri().toString().length() > MAX_URI_CHARS) throw new WebApplicationException(414);
    }
}
