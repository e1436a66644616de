package org.bianzhi.travel.domain;

import org.bianzhi.shared.domain.Labeled;

/**
 * 预警类别 (seed 002 part 5, 建立预警机制): what falls due and becomes a finding once the day has passed. {@code becomes}
 * names the rule it then breaks (null: reported elsewhere, e.g. the overdue trip reports of official delegations).
 */
public enum WarningKind implements Labeled {
    /** A checked-out document due back (证件待交回). */
    DOCUMENT_RETURN("证件待交回", TravelRule.DOCUMENT_NOT_RETURNED),
    /** A filed person's document to hand in for custody (证件待上交). */
    DOCUMENT_HAND_IN("证件待上交保管", TravelRule.DOCUMENT_NOT_IN_CUSTODY),
    /** A filing or a change of it to report to public security (备案待报备). */
    FILING_REPORT("备案待报备公安机关", TravelRule.FILING_REPORT_OVERDUE),
    /** An official delegation's report after the return (出访报告待提交). */
    TRIP_REPORT("出访报告待提交", null),
    /**
     * Objections received during a public notice (公示) to examine before it ends. No source yet: the public notice of
     * official delegations adds one (a {@link WarningSource} bean).
     */
    PUBLIC_NOTICE_OBJECTION("公示异议待核查", null);

    private final String label;
    private final TravelRule becomes;

    WarningKind(String label, TravelRule becomes) {
        this.label = label;
        this.becomes = becomes;
    }

    @Override
    public String label() {
        return label;
    }

    public TravelRule becomes() {
        return becomes;
    }
}
