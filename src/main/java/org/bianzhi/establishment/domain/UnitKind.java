package org.bianzhi.establishment.domain;

import org.bianzhi.shared.domain.Labeled;

/** 机构类型: 机关 or 事业单位. */
public enum UnitKind implements Labeled {
    ORGAN("机关"),
    INSTITUTION("事业单位");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
