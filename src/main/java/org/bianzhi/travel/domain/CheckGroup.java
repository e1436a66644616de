package org.bianzhi.travel.domain;

import org.bianzhi.shared.domain.Labeled;

/** 检查类别: the three checks of seed 001 that the rules of {@link TravelRule} fall under. */
public enum CheckGroup implements Labeled {
    FILING("应备尽备"),
    CUSTODY("应交尽交"),
    TRAVEL("应审尽审");

    private final String label;

    CheckGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
