package org.bianzhi.reports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.shared.application.RegistryClock;

/** What a report covers: the date (default today) and the unit subtree — the one asked for, else all the caller sees. */
@ApplicationScoped
public class ReportScope {

    @Inject
    UnitService units;

    @Inject
    RegistryClock clock;

    /** The subtree's path prefix, or null for every unit. */
    public record Selection(String path, LocalDate date) {}

    /** A unit outside the caller's subtree answers 404, as everywhere. */
    public Selection of(String unitCode, LocalDate asOf) {
        return new Selection(units.subtree(unitCode), asOf == null ? clock.today() : asOf);
    }
}
