package org.bianzhi.travel.approval.domain;

import org.bianzhi.shared.domain.Labeled;

/** 申请来源: entered at the desk, or imported as decided in the past (V12 `travel_application.source`). */
public enum ApplicationSource implements Labeled {
    DESK("窗口登记"),
    IMPORT("历史导入");

    private final String label;

    ApplicationSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
