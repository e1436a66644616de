package org.bianzhi.travel.casework.domain;

import org.bianzhi.shared.domain.Labeled;

/**
 * 问题类别: the seven classes of problems with private travel that seed 002 has organisation departments check, in its
 * order (the statistics tables count problems and cases by them), then those of the three classes public security
 * checks that are not one of the seven ({@link #police()}: no column of the forms; their cases go to the police). The
 * police's class (二) 未经审批擅自为登记备案人员办理证件 is the same fact as {@link #IRREGULARLY_OBTAINED}.
 */
public enum ProblemClass implements Labeled {
    IRREGULARLY_OBTAINED("违规办理因私出国（境）证件"),
    IRREGULARLY_HELD("违规持有因私出国（境）证件"),
    UNDECLARED_DOCUMENT("瞒报持有因私出国（境）证件"),
    UNAPPROVED_TRIP("未经批准擅自因私出国（境）"),
    TRIP_OUTSIDE_APPROVAL("未按审批要求因私出国（境）"),
    UNDECLARED_TRIP("瞒报因私出国（境）情况"),
    LAX_APPROVAL("审批因私出国（境）事项把关不严"),
    /** 公安机关核查（一）: 伪造、变造或者使用伪造的出国（境）证件. */
    FORGED_DOCUMENT("伪造、变造或使用伪造的出国（境）证件", true),
    /** 公安机关核查（三）: 未按干部管理权限为登记备案人员出具出国（境）证明. */
    CERTIFICATE_OUTSIDE_AUTHORITY("未按干部管理权限出具出国（境）证明", true);

    private final String label;
    private final boolean police;

    ProblemClass(String label) {
        this(label, false);
    }

    ProblemClass(String label, boolean police) {
        this.label = label;
        this.police = police;
    }

    /** One of public security's classes rather than the organisation departments' seven. */
    public boolean police() {
        return police;
    }

    @Override
    public String label() {
        return label;
    }
}
