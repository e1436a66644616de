package org.bianzhi.complaint.domain;

import org.bianzhi.shared.domain.Labeled;

/** 受理渠道: how a complaint reached the 12310 desk. */
public enum Channel implements Labeled {
    PHONE("12310电话"),
    WEBSITE("网站"),
    LETTER("信函"),
    VISIT("来访");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
