package org.bianzhi.shared.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API answer may carry personal data (names, ID numbers, a reporter's identity): no browser or proxy keeps a
 * copy ({@code Cache-Control: no-store}). (The headers every answer carries, the web interface's too, are set by
 * {@link SecurityHeaders}.)
 */
@Provider
public class NoStore implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }
}
