package org.bianzhi.roster.domain;

import org.bianzhi.shared.domain.Labeled;

/** 入编方式. */
public enum EntryRoute implements Labeled {
    EXAM("考录"),
    OPEN_RECRUITMENT("公开招聘"),
    TRANSFER_IN("调任"),
    LATERAL_TRANSFER("转任"),
    MILITARY_RESETTLEMENT("军转安置"),
    SELECTED_GRADUATE("选调"),
    OTHER("其他");

    private final String label;

    EntryRoute(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
