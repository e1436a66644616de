package org.bianzhi.travel.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One family of checks of the module (filing, custody, travel against approvals). Implementations are CDI beans;
 * {@code TravelFindingService} asks every one of them and applies the caller's scope, so a check only reads the
 * facts and applies its rules.
 */
public interface TravelCheck {

    /**
     * @param asOf     the day the checks are made on: deadlines are measured to it, and only what was known by it counts
     * @param personId only this person's findings, or everyone's when null
     */
    record Context(LocalDate asOf, Long personId) {}

    /** The rules this check evaluates (a request for other rules skips it). */
    List<TravelRule> rules();

    List<TravelFinding> run(Context context);
}
