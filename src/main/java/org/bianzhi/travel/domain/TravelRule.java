package org.bianzhi.travel.domain;

import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.travel.casework.domain.ProblemClass;
import org.bianzhi.travel.crossing.domain.PublicSecurityRules;

/**
 * 出国（境）管理检查规则: the stable codes of the checks on filing, custody and private travel. Each belongs to one
 * of the three checks the seeds name (应备尽备, 应交尽交, 应审尽审) and, where it is one, to a problem class of
 * seed 002.
 */
public enum TravelRule implements Labeled {
    /** Should be filed by the registry's rule (e.g. a county-level unit's principal or deputy) and is not. */
    FILING_MISSING("应备未备", CheckGroup.FILING, null, true),
    /** A filing or a change of it not reported to public security within 30 days of the day it arose. */
    FILING_REPORT_OVERDUE("备案未按时报备", CheckGroup.FILING, null, true),
    /** Filed under a category the registry no longer supports (post left) for more than 30 days, unchanged. */
    FILING_OUTDATED("备案信息未及时变更", CheckGroup.FILING, null, true),
    /** A valid document of a filed person not in central custody once the days to hand it in have passed. */
    DOCUMENT_NOT_IN_CUSTODY("证件未交由组织集中保管", CheckGroup.CUSTODY, ProblemClass.IRREGULARLY_HELD, true),
    /** A document handed in later than the days allowed after filing (or after it was declared). */
    DOCUMENT_HANDED_IN_LATE("证件逾期上交", CheckGroup.CUSTODY, ProblemClass.IRREGULARLY_HELD, false),
    /** A document checked out for a trip and not returned within the days allowed after the return. */
    DOCUMENT_NOT_RETURNED("证件逾期未交回", CheckGroup.CUSTODY, ProblemClass.IRREGULARLY_HELD, true),
    /**
     * A crossing on a document the custody ledger shows in the safe all that day: the ledger is false (the document
     * left without a check-out) or the person holds a second document of that number. Counted as 违规持有: either way
     * the person had in hand a document the organisation should have been holding; seed 002 has no class for a false
     * ledger, and a forged second document is the police's. An event: one finding per crossing.
     */
    CROSSING_WHILE_IN_CUSTODY("证件在集中保管期间出入境", CheckGroup.CUSTODY, ProblemClass.IRREGULARLY_HELD, false),
    /**
     * A filed person's document issued with no approved application in force: the documents the person declared and
     * public security's issuance records (证件签发记录), one finding per document whichever knows it.
     */
    DOCUMENT_OBTAINED_WITHOUT_APPROVAL("违规办理证件", CheckGroup.TRAVEL, ProblemClass.IRREGULARLY_OBTAINED, false),
    /** A crossing made on a document the person had not declared. */
    DOCUMENT_UNDECLARED("瞒报持有证件", CheckGroup.TRAVEL, ProblemClass.UNDECLARED_DOCUMENT, true),
    /** A filed person's trip with no approved application covering its departure. */
    TRIP_WITHOUT_APPROVAL("未经批准擅自出国（境）", CheckGroup.TRAVEL, ProblemClass.UNAPPROVED_TRIP, false),
    /** An approved trip that returned after the approved return date (or has not returned by it). */
    TRIP_LATE_RETURN("逾期返回", CheckGroup.TRAVEL, ProblemClass.TRIP_OUTSIDE_APPROVAL, false),
    /** An approved trip to a destination the approval does not name. */
    TRIP_OTHER_DESTINATION("擅自变更行程", CheckGroup.TRAVEL, ProblemClass.TRIP_OUTSIDE_APPROVAL, false),
    /** A trip the person neither applied for nor reported. */
    TRIP_UNDECLARED("瞒报出国（境）情况", CheckGroup.TRAVEL, ProblemClass.UNDECLARED_TRIP, false),
    /**
     * 事后补录 of custody: a document declared, cancelled or moved (handed in, checked out, returned, released) on a
     * day more than {@code bianzhi.travel.late-entry-days} before it was entered, with the reason given. An event, dated
     * the day it was entered; no problem class of its own (the seeds name none): the fact it changed is judged by the
     * other rules, and {@code recordedOn} shows what stood before it.
     */
    LATE_ENTRY_CUSTODY("证件保管事后补录", CheckGroup.CUSTODY, null, false),
    /** 事后补录 of a trip the person reported, dated more than the allowed days before it was entered. */
    LATE_ENTRY_TRAVEL("出国（境）报告事后补录", CheckGroup.TRAVEL, null, false),
    /** An approval given against the rules (within the years after a sanction, without the opinions, after departure). */
    APPROVAL_AGAINST_RULES("审批把关不严", CheckGroup.TRAVEL, ProblemClass.LAX_APPROVAL, false),
    /**
     * A crossing on a document number public security's issuance records do not give this person, once they answer for
     * the person's documents of that type (see {@code PublicSecurityRules}): a forged, altered or borrowed document, for the
     * police (移交公安机关). One finding per document, dated by its first such crossing.
     */
    DOCUMENT_FORGED("使用来源不明（疑似伪造）的证件", CheckGroup.TRAVEL, ProblemClass.FORGED_DOCUMENT, false),
    /** An 出国（境）证明 for a filed person issued by a unit other than the person's 人事主管部门 on that day. */
    CERTIFICATE_OUTSIDE_AUTHORITY("未按干部管理权限出具证明", CheckGroup.TRAVEL, ProblemClass.CERTIFICATE_OUTSIDE_AUTHORITY, false);

    private final String label;
    private final CheckGroup group;
    private final ProblemClass problemClass;
    private final boolean continuing;

    TravelRule(String label, CheckGroup group, ProblemClass problemClass, boolean continuing) {
        this.label = label;
        this.group = group;
        this.problemClass = problemClass;
        this.continuing = continuing;
    }

    /**
     * Whether a finding of the rule is a state that lasts until it is put right (a document not handed in, a filing
     * missing), counted in every period it persists; otherwise it is an event (a trip, a late hand-in, an approval),
     * counted in the period it happened.
     */
    public boolean continuing() {
        return continuing;
    }

    @Override
    public String label() {
        return label;
    }

    public CheckGroup group() {
        return group;
    }

    /** The seed-002 class this rule's findings count under, or null for filing checks. */
    public ProblemClass problemClass() {
        return problemClass;
    }
}
