package org.bianzhi.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who is making the current change, for the change log: the signed-in user, or {@code system}. */
@ApplicationScoped
public class CurrentActor {

    public static final String SYSTEM = "system";

    @Inject
    Caller caller;

    public String name() {
        return caller.name();
    }
}
