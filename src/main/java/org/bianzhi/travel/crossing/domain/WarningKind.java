package org.bianzhi.travel.crossing.domain;

import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.travel.domain.TravelRule;

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
    /** An objection to a delegation's public notice (公示) not yet re-examined; the delegation cannot be approved till it is. */
    PUBLIC_NOTICE_OBJECTION("公示异议待核查", null),
    /** A member's 出国人员鉴定表 due after an official trip. */
    RETURN_EVALUATION("出国人员鉴定表待报送", null),
    /** The financial audit (财务审计) of an official trip due after the return. */
    RETURN_AUDIT("因公出国（境）财务审计待完成", null);

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
