package org.bianzhi.travel.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.travel.filing.domain.FilingFact;
import org.bianzhi.travel.filing.domain.FilingFindings;
import org.bianzhi.travel.filing.domain.FilingRequirement.Stint;
import org.bianzhi.travel.domain.TravelCheck;
import org.bianzhi.travel.domain.TravelFacts;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;
import org.bianzhi.travel.application.TravelSettings;

/** 应备尽备: FILING_MISSING, FILING_REPORT_OVERDUE and FILING_OUTDATED on the registry's facts. */
@ApplicationScoped
public class FilingChecks implements TravelCheck {

    @Inject
    TravelFacts facts;

    @Inject
    TravelSettings settings;

    @Override
    public List<TravelRule> rules() {
        return List.of(TravelRule.FILING_MISSING, TravelRule.FILING_REPORT_OVERDUE, TravelRule.FILING_OUTDATED);
    }

    @Override
    public List<TravelFinding> run(Context context) {
        List<Stint> stints = facts.stints(context.asOf(), context.personId());
        List<FilingFact> filings = facts.filings(context.horizon(), context.personId());
        List<TravelFinding> found = new ArrayList<>(FilingFindings.missing(context.asOf(), stints, filings));
        found.addAll(FilingFindings.reportOverdue(context.asOf(), settings.filingReportDays(), filings));
        found.addAll(FilingFindings.outdated(context.asOf(), settings.filingReportDays(), stints, filings));
        return found;
    }
}
