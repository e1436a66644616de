package org.bianzhi.travel.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.travel.filing.domain.CustodyFindings;
import org.bianzhi.travel.filing.domain.CustodyFindings.DocumentFact;
import org.bianzhi.travel.domain.TravelCheck;
import org.bianzhi.travel.domain.TravelFacts;
import org.bianzhi.travel.crossing.domain.TravelWarning;
import org.bianzhi.travel.crossing.domain.TravelWarnings;
import org.bianzhi.travel.crossing.domain.WarningSource;
import org.bianzhi.travel.application.TravelSettings;

/** 预警 of the filings and the custody ledger: documents to give back or hand in, filings to report ({@link TravelWarnings}). */
@ApplicationScoped
public class LedgerWarnings implements WarningSource {

    @Inject
    TravelFacts facts;

    @Inject
    CustodyChecks custody;

    @Inject
    TravelSettings settings;

    @Override
    public List<TravelWarning> dueBetween(LocalDate today, LocalDate until) {
        TravelWarnings rules = new TravelWarnings(settings.handInDays(), settings.returnDays(), settings.filingReportDays());
        List<TravelWarning> due = new ArrayList<>(rules.filingReports(today, until, facts.filings(today, null)));
        List<DocumentFact> docs = facts.documents(today, null);
        if (docs.isEmpty()) return due;
        CustodyFindings.Facts known = custody.known(new TravelCheck.Context(today, null), docs);
        due.addAll(rules.returns(today, until, docs, known));
        due.addAll(rules.handIns(today, until, docs, known));
        return due;
    }
}
