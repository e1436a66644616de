package org.bianzhi.audit.domain;

import org.bianzhi.shared.domain.Labeled;

/** 处理状态 of a finding: OPEN → ACKNOWLEDGED → RESOLVED, and back to OPEN when a resolved violation recurs. */
public enum FindingStatus implements Labeled {
    OPEN("待处理"),
    ACKNOWLEDGED("已确认"),
    RESOLVED("已整改");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
