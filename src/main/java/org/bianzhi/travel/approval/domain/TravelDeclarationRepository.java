package org.bianzhi.travel.approval.domain;

import java.util.List;
import org.bianzhi.travel.crossing.domain.Trips;

/** Trips people reported themselves. */
public interface TravelDeclarationRepository {

    void store(TravelDeclaration declaration);

    /** A person's declarations (all people's when null) visible under {@code scopePath} (everyone's when null), latest trip first. */
    List<TravelDeclaration> list(Long personId, String scopePath, int offset, int limit);

    long count(Long personId, String scopePath);
}
