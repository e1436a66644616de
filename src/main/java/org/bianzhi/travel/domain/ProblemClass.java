package org.bianzhi.travel.domain;

import org.bianzhi.shared.domain.Labeled;

/**
 * 问题类别: the seven classes of problems with private travel that seed 002 has organisation departments check,
 * in its order; the statistics tables count problems and cases by them.
 */
public enum ProblemClass implements Labeled {
    IRREGULARLY_OBTAINED("违规办理因私出国（境）证件"),
    IRREGULARLY_HELD("违规持有因私出国（境）证件"),
    UNDECLARED_DOCUMENT("瞒报持有因私出国（境）证件"),
    UNAPPROVED_TRIP("未经批准擅自因私出国（境）"),
    TRIP_OUTSIDE_APPROVAL("未按审批要求因私出国（境）"),
    UNDECLARED_TRIP("瞒报因私出国（境）情况"),
    LAX_APPROVAL("审批因私出国（境）事项把关不严");

    private final String label;

    ProblemClass(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
