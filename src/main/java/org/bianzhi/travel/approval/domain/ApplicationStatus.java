package org.bianzhi.travel.approval.domain;

import org.bianzhi.shared.domain.Labeled;

/** 审批状态: the states of a private-travel application (因私出国（境）申请). */
public enum ApplicationStatus implements Labeled {
    SUBMITTED("待审批"),
    APPROVED("已批准"),
    REJECTED("不予批准"),
    WITHDRAWN("已撤回");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
