package org.bianzhi.travel.crossing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.travel.filing.domain.CustodyFindings.DocumentFact;
import org.bianzhi.travel.filing.domain.CustodyFindings;
import org.bianzhi.travel.filing.domain.CustodyLedger;
import org.bianzhi.travel.filing.domain.CustodyState;
import org.bianzhi.travel.filing.domain.FilingFact;
import org.bianzhi.travel.filing.domain.FilingFindings;

/**
 * The warnings of the custody ledger and the filings, on the same facts and the same deadlines as the checks that
 * report them once missed ({@link CustodyFindings}, {@link FilingFindings}): an item is a warning from {@code today} up to
 * and including its due day, and a finding from the day after.
 */
public final class TravelWarnings {

    /** The custody checks whose deadlines the warnings announce. */
    private final CustodyFindings rules;
    private final int filingReportDays;

    public TravelWarnings(int handInDays, int returnDays, int filingReportDays) {
        this.rules = new CustodyFindings(handInDays, returnDays);
        this.filingReportDays = filingReportDays;
    }

    /** A checked-out document not back yet whose return day (as {@link CustodyFindings#notReturned} counts it) is in the window. */
    public List<TravelWarning> returns(LocalDate today, LocalDate until, List<DocumentFact> docs, CustodyFindings.Facts facts) {
        List<TravelWarning> due = new ArrayList<>();
        for (DocumentFact d : docs) {
            if (d.ledger().stateOn(today) != CustodyState.CHECKED_OUT) continue;
            CustodyLedger.Move out = d.ledger().lastOn(today).orElseThrow();
            LocalDate by = rules.returnDeadline(d, out, today, facts);
            if (by == null || !within(by, today, until)) continue;
            due.add(new TravelWarning(WarningKind.DOCUMENT_RETURN, d.personId(), d.subject(), by, d.label() + "于 " + out.on()
                    + " 领用，应于 " + by + " 前交回"));
        }
        return due;
    }

    /** A valid document of a filed person neither held nor out for a trip whose hand-in day is in the window. */
    public List<TravelWarning> handIns(LocalDate today, LocalDate until, List<DocumentFact> docs, CustodyFindings.Facts facts) {
        List<TravelWarning> due = new ArrayList<>();
        for (DocumentFact d : docs) {
            if (!d.validOn(today)) continue;
            LocalDate by = rules.handInDeadline(d, today, facts);
            if (by == null) continue;
            CustodyState state = d.ledger().stateOn(today);
            if (state == CustodyState.HELD || state == CustodyState.CHECKED_OUT) continue;
            if (!within(by, today, until)) continue;
            due.add(new TravelWarning(WarningKind.DOCUMENT_HAND_IN, d.personId(), d.subject(), by, d.label() + "应于 " + by
                    + " 前交由组织集中保管（" + state.label() + "）"));
        }
        return due;
    }

    /** A filing version in force and not reported to public security whose report day is in the window. */
    public List<TravelWarning> filingReports(LocalDate today, LocalDate until, List<FilingFact> filings) {
        List<TravelWarning> due = new ArrayList<>();
        for (FilingFact f : filings) {
            if (!f.inForceOn(today) || f.reportedBy(today) != null) continue;
            LocalDate by = f.reportDeadline(filingReportDays);
            if (!within(by, today, until)) continue;
            due.add(new TravelWarning(WarningKind.FILING_REPORT, f.personId(), "FILING:" + f.id(), by, (f.changeOf() == null ? "新增" : "变更")
                    + "备案（" + f.category().label() + "，" + f.validFrom() + " 起）应于 " + by + " 前报备公安机关"));
        }
        return due;
    }

    private static boolean within(LocalDate by, LocalDate today, LocalDate until) {
        return !by.isBefore(today) && !by.isAfter(until);
    }
}
