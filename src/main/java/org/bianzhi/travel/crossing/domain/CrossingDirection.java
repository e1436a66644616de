package org.bianzhi.travel.crossing.domain;

import org.bianzhi.shared.domain.Labeled;

/** 出入境方向 of a border crossing record from public security. */
public enum CrossingDirection implements Labeled {
    EXIT("出境"),
    ENTRY("入境");

    private final String label;

    CrossingDirection(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
