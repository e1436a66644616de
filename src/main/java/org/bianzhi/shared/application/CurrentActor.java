package org.bianzhi.shared.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * Who is making the current change, for the change log. Until accounts exist every change is
 * recorded as {@code system}; with a signed-in caller it is their user name.
 */
@RequestScoped
public class CurrentActor {

    public static final String SYSTEM = "system";

    @Inject
    SecurityContext securityContext;

    public String name() {
        Principal p = securityContext == null ? null : securityContext.getCallerPrincipal();
        return p == null ? SYSTEM : p.getName();
    }
}
