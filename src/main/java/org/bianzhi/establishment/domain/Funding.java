package org.bianzhi.establishment.domain;

import org.bianzhi.shared.domain.Labeled;

/** 经费形式. */
public enum Funding implements Labeled {
    FULL("全额拨款"),
    PARTIAL("差额拨款"),
    SELF("自收自支");

    private final String label;

    Funding(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
