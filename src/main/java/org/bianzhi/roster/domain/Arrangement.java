package org.bianzhi.roster.domain;

import org.bianzhi.shared.domain.Labeled;

/** 工作安排. */
public enum Arrangement implements Labeled {
    REGULAR("在岗"),
    SECONDMENT("借调"),
    TEMPORARY_ASSIGNMENT("挂职");

    private final String label;

    Arrangement(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
