package org.bianzhi.travel.domain;

import java.util.List;

/** Trips people reported themselves. */
public interface TravelDeclarationRepository {

    void store(TravelDeclaration declaration);

    /** A person's declarations (all people's when null) visible under {@code scopePath} (everyone's when null), latest trip first. */
    List<TravelDeclaration> list(Long personId, String scopePath, int offset, int limit);

    long count(Long personId, String scopePath);
}
