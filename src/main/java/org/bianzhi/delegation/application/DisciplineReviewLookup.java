package org.bianzhi.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianzhi.delegation.domain.DelegationRules;
import org.bianzhi.delegation.domain.DelegationRules.Review;
import org.bianzhi.delegation.domain.DisciplineReviewRepository;
import org.bianzhi.travel.approval.domain.DisciplineReviews;

/** Answers private travel's question "is this person under review?" with the repository and the rule delegations use. */
@ApplicationScoped
public class DisciplineReviewLookup implements DisciplineReviews {

    @Inject
    DisciplineReviewRepository reviews;

    @Override
    public Optional<Period> barring(long personId, LocalDate day, LocalDate departsOn, LocalDate returnsOn) {
        List<Review> periods = reviews.ofPeople(List.of(personId)).stream()
                .map(r -> new Review(r.validFrom(), r.validTo(), r.basisDocument())).toList();
        return DelegationRules.barring(periods, day, departsOn, returnsOn)
                .map(r -> new Period(r.from(), r.to(), r.basisDocument()));
    }
}
