package org.bianzhi.travel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deadlines of the module, from configuration (DOMAIN.md section 10; defaults as the seeds set them).
 * Local rules differ, so each is a setting rather than a constant.
 */
@ApplicationScoped
public class TravelSettings {

    /** Days to report a new filing or a change of it to public security. */
    @Inject
    @ConfigProperty(name = "bianzhi.travel.filing-report-days", defaultValue = "30")
    int filingReportDays;

    /** Days a newly filed person (or a newly declared document) has to hand the document in. */
    @Inject
    @ConfigProperty(name = "bianzhi.travel.hand-in-days", defaultValue = "7")
    int handInDays;

    /** Days after the return from a trip to give a checked-out document back. */
    @Inject
    @ConfigProperty(name = "bianzhi.travel.return-days", defaultValue = "10")
    int returnDays;

    /** Years after a person was handled for a travel violation during which no private travel is approved. */
    @Inject
    @ConfigProperty(name = "bianzhi.travel.sanction-years", defaultValue = "3")
    int sanctionYears;

    /** An application whose stay is longer (days, departure and return included) is flagged for the approver. */
    @Inject
    @ConfigProperty(name = "bianzhi.travel.long-stay-days", defaultValue = "30")
    int longStayDays;

    /** An application that would make more private trips than this in 12 months is flagged for the approver. */
    @Inject
    @ConfigProperty(name = "bianzhi.travel.trips-per-year", defaultValue = "2")
    int tripsPerYear;

    /**
     * A fact dated more than this many days before the day it is entered (a hand-in, a document or trip reported, a
     * cancellation) is a late entry (事后补录): refused without a reason, and listed as a finding.
     */
    @Inject
    @ConfigProperty(name = "bianzhi.travel.late-entry-days", defaultValue = "7")
    int lateEntryDays;

    /**
     * 审批单位: the code of the unit that decides private travel (e.g. the organisation department) when a decision or
     * an imported record names none; an approval against the rules is charged to it.
     */
    @Inject
    @ConfigProperty(name = "bianzhi.travel.approving-unit")
    java.util.Optional<String> approvingUnit;

    public java.util.Optional<String> approvingUnit() { return approvingUnit.filter(s -> !s.isBlank()).map(String::strip); }
    public int lateEntryDays() { return lateEntryDays; }
    /** Days ahead the warning inbox (预警) looks when not told otherwise. */
    @Inject
    @ConfigProperty(name = "bianzhi.travel.warning-days", defaultValue = "7")
    int warningDays;

    public int filingReportDays() { return filingReportDays; }
    public int warningDays() { return warningDays; }
    public int handInDays() { return handInDays; }
    public int returnDays() { return returnDays; }
    public int sanctionYears() { return sanctionYears; }
    public int longStayDays() { return longStayDays; }
    public int tripsPerYear() { return tripsPerYear; }
}
