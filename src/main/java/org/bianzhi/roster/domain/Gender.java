package org.bianzhi.roster.domain;

import org.bianzhi.shared.domain.Labeled;

/** 性别. */
public enum Gender implements Labeled {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
