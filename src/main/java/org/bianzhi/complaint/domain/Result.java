package org.bianzhi.complaint.domain;

import org.bianzhi.shared.domain.Labeled;

/** 办结结论: whether the investigation found the complaint true. */
public enum Result implements Labeled {
    TRUE("属实"),
    PARTLY_TRUE("部分属实"),
    UNTRUE("不属实");

    private final String label;

    Result(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
