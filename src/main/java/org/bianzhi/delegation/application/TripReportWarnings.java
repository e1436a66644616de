package org.bianzhi.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.delegation.domain.Delegation;
import org.bianzhi.delegation.domain.DelegationRepository;
import org.bianzhi.delegation.domain.DelegationStatus;
import org.bianzhi.delegation.domain.Member;
import org.bianzhi.travel.crossing.domain.TravelWarning;
import org.bianzhi.travel.crossing.domain.WarningSource;
import org.bianzhi.travel.crossing.domain.WarningKind;

/**
 * 预警 of official delegations: a returned delegation's report (出访报告) due in the window, listed under its leader
 * (the first member when none is named); after the due day it is on {@code GET /delegation/reports/overdue}.
 */
@ApplicationScoped
public class TripReportWarnings implements WarningSource {

    @Inject
    DelegationRepository delegations;

    @Inject
    CalendarSettings calendar;

    @Override
    public List<TravelWarning> dueBetween(LocalDate today, LocalDate until) {
        List<TravelWarning> due = new ArrayList<>();
        for (Delegation d : delegations.returnedBy(today, null)) {
            if (d.status() != DelegationStatus.RETURNED || d.members().isEmpty()) continue;
            LocalDate by = d.reportDue(calendar.calendar());
            if (by.isBefore(today) || by.isAfter(until)) continue;
            Member leader = d.leader();
            due.add(new TravelWarning(WarningKind.TRIP_REPORT, leader.personId(), d.number(), by, "团组 " + d.number() + "（" + d.name()
                    + "）" + d.returnedOn() + " 回国，出访报告应于 " + by + " 前报送"));
        }
        return due;
    }
}
