package org.bianzhi.shared.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles (see {@link Roles}) that may call a resource method; an administrator always may. A method
 * without it (or its class's) is closed. Our own annotation: Payara intercepts
 * {@code jakarta.annotation.security.RolesAllowed} with container security, which knows nothing of our tokens.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
    String[] value();
}
