package org.bianzhi.reports.domain;

import org.bianzhi.establishment.domain.QuotaLine;

/** One line of the 空编/超编 report: a unit and its establishment in one quota type on the report date. */
public record VacancyLine(UnitOnDate unit, QuotaLine quota) {

    public Tally tally() {
        return Tally.of(quota);
    }
}
