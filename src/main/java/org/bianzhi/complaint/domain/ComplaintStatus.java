package org.bianzhi.complaint.domain;

import org.bianzhi.shared.domain.Labeled;

/** 办理状态 of a complaint: RECEIVED 受理 → INVESTIGATING 核查 → CONCLUDED 办结, in this order only. */
public enum ComplaintStatus implements Labeled {
    RECEIVED("受理"),
    INVESTIGATING("核查"),
    CONCLUDED("办结");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
