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
     * @param horizon  the day the checks are made on (deadlines are measured to it, only what was known by it counts)
     *                 and the day by whose end facts must have been recorded
     * @param personId only this person's findings, or everyone's when null
     */
    record Context(Horizon horizon, Long personId) {

        /** As of the day, with everything on record now. */
        public Context(LocalDate asOf, Long personId) {
            this(Horizon.asOf(asOf), personId);
        }

        public LocalDate asOf() {
            return horizon.asOf();
        }
    }

    /** The rules this check evaluates (a request for other rules skips it). */
    List<TravelRule> rules();

    List<TravelFinding> run(Context context);
}
