package org.bianzhi.delegation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Periods of disciplinary review. */
public interface DisciplineReviewRepository {

    void store(DisciplineReview review);

    Optional<DisciplineReview> lock(Long id);

    /** Every review of the people, oldest first. */
    List<DisciplineReview> ofPeople(Collection<Long> personIds);

    /** All reviews, or one person's, newest first. */
    List<DisciplineReview> list(Long personId, int offset, int limit);

    long count(Long personId);
}
