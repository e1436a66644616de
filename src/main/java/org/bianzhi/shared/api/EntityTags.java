package org.bianzhi.shared.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bianzhi.shared.application.ExpectedVersion;
import org.bianzhi.shared.application.Versioned;

/**
 * {@code ETag} and {@code If-Match} for every editable record: an answer that is a {@link Versioned} view carries
 * {@code ETag: "<version>"}, and a change's {@code If-Match} is handed to {@link ExpectedVersion}, which every
 * service's stale-version check consults.
 */
@Provider
public class EntityTags implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"([^\"]*)\"");

    @Inject
    ExpectedVersion expected;

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) return;
        String header = request.getHeaderString("If-Match");
        boolean put = HttpMethod.PUT.equals(method);
        if (header == null || header.isBlank()) {
            expected.fromRequest(null, false, put);
        } else if (header.strip().equals("*")) {
            expected.fromRequest(null, true, put);
        } else {
            expected.fromRequest(versions(header), false, put);
        }
    }

    /** The versions an If-Match names; one we never issued (not a number) matches nothing, so the change is refused. */
    static Set<Long> versions(String header) {
        Set<Long> versions = new HashSet<>();
        Matcher m = TAG.matcher(header);
        while (m.find()) {
            try {
                versions.add(Long.parseLong(m.group(1)));
            } catch (NumberFormatException e) {
                // not one of ours: matches no version
            }
        }
        return versions;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Versioned v && response.getStatus() < 300) {
            response.getHeaders().putSingle("ETag", "\"" + v.version() + "\"");
        }
    }
}
