package org.bianzhi.travel.casework.domain;

import org.bianzhi.shared.domain.Labeled;

/** 违规问题状态: a case is open until a handling is recorded. */
public enum CaseStatus implements Labeled {
    OPEN("待处理"),
    HANDLED("已处理");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
