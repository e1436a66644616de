package org.bianzhi.shared.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API answer may carry personal data (names, ID numbers, a reporter's identity): no browser or proxy keeps a
 * copy ({@code Cache-Control: no-store}), and none guesses a type other than the one stated ({@code nosniff}), so a
 * downloaded CSV is never run as a page.
 */
@Provider
public class NoStore implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}
