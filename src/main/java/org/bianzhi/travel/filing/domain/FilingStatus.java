package org.bianzhi.travel.filing.domain;

import org.bianzhi.shared.domain.Labeled;

/** 登记备案状态: whether the state of a filing has been reported to the public-security exit-entry office. */
public enum FilingStatus implements Labeled {
    NOT_FILED("未备案"),
    FILED("已备案"),
    CHANGE_FILED("变更备案");

    private final String label;

    FilingStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
