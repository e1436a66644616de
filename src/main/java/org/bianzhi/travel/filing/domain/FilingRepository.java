package org.bianzhi.travel.filing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Filing versions (登记备案). */
public interface FilingRepository {

    void add(Filing filing);

    Optional<Filing> find(Long id);

    /** The version with its row locked for a change (two clerks' changes queue instead of both closing it). */
    Optional<Filing> lock(Long id);

    /** Every version of a person's filing, oldest first. */
    List<Filing> versionsOf(Long personId);

    /** What a list asks for; null fields do not filter. {@code text}: part of the name or of the ID number. */
    record Filter(LocalDate asOf, FilingCategory category, FilingStatus status, String text) {}

    /** The versions in force on the filter's date, by name. */
    List<Filing> inForce(Filter filter);
}
