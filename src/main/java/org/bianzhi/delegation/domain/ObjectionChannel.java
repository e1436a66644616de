package org.bianzhi.delegation.domain;

import org.bianzhi.shared.domain.Labeled;

/** 反映形式 of an objection during a public notice (seed 000): 口头, 电话, 书面. */
public enum ObjectionChannel implements Labeled {
    ORAL("口头"),
    PHONE("电话"),
    WRITTEN("书面");

    private final String label;

    ObjectionChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
