package org.bianzhi.establishment.domain;

import org.bianzhi.shared.domain.Labeled;

/** 领导职数类别. */
public enum LeadershipCategory implements Labeled {
    UNIT_PRINCIPAL("单位正职"),
    UNIT_DEPUTY("单位副职"),
    DEPT_PRINCIPAL("内设机构正职"),
    DEPT_DEPUTY("内设机构副职");

    private final String label;

    LeadershipCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
