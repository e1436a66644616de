package org.bianzhi.search.domain;

import org.bianzhi.shared.domain.Labeled;

/** 在职状态 asked of a search: there on the date, there no longer, or anyone ever recorded. */
public enum PresenceStatus implements Labeled {
    CURRENT("在职"),
    FORMER("已离开"),
    ALL("全部");

    private final String label;

    PresenceStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
