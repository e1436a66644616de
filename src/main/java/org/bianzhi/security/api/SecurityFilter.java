package org.bianzhi.security.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.bianzhi.security.application.SessionService;
import org.bianzhi.security.domain.Role;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.ProblemMapper;
import org.bianzhi.shared.api.Public;
import org.bianzhi.shared.application.Caller;
import org.bianzhi.shared.domain.BianzhiException;

/**
 * Every API call but sign-in needs a valid bearer token; the resource method's {@code @Allowed} says
 * which roles may call it (an administrator always may; a method that says nothing is closed).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SecurityFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Context
    ResourceInfo resource;

    @Inject
    SessionService sessions;

    @Inject
    Caller caller;

    @Inject
    ProblemMapper problems;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(Public.class)) return;
        try {
            String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
            String token = header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()).strip() : null;
            SessionService.Authenticated who = sessions.authenticate(token);
            Role role = who.role();
            Allowed allowed = method.isAnnotationPresent(Allowed.class) ? method.getAnnotation(Allowed.class)
                    : resource.getResourceClass().getAnnotation(Allowed.class);
            boolean permitted = role == Role.ADMIN || allowed != null && Arrays.asList(allowed.value()).contains(role.name());
            if (!permitted) {
                throw BianzhiException.forbidden("您的角色（" + role.label() + "）无权进行此操作");
            }
            caller.signedIn(who.username(), role.name(), role.label(), role == Role.ADMIN,
                    role.seesFullIdNumbers(), role == Role.UNIT_CLERK ? who.unitPath() : null,
                    request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath()
                            + (request.getUriInfo().getRequestUri().getRawQuery() == null ? ""
                            : "?" + request.getUriInfo().getRequestUri().getRawQuery()));
        } catch (BianzhiException e) {
            request.abortWith(problems.toResponse(e));
        }
    }
}
