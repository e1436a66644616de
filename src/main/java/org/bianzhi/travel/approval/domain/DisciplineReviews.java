package org.bianzhi.travel.approval.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 纪律审查: the periods of disciplinary review are kept by {@code delegation}, which already depends on this module;
 * private travel asks through this port (implemented there), so both kinds of travel are barred by one rule and one
 * table. Sensitive: only the office and cadre supervision may learn of a review.
 */
public interface DisciplineReviews {

    /** A review: {@code to} exclusive (the day it ended), null while open. */
    record Period(LocalDate from, LocalDate to, String basisDocument) {}

    /** The review that bars the person on {@code day} or during the trip {@code departsOn}–{@code returnsOn}; empty when none. */
    Optional<Period> barring(long personId, LocalDate day, LocalDate departsOn, LocalDate returnsOn);
}
