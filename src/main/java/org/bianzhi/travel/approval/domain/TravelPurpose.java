package org.bianzhi.travel.approval.domain;

import org.bianzhi.shared.domain.Labeled;

/** 出国（境）事由: why a person applies to travel privately. */
public enum TravelPurpose implements Labeled {
    FAMILY_VISIT("探亲访友"),
    TOURISM("旅游"),
    MEDICAL("就医"),
    STUDY("学习考察"),
    BUSINESS("商务"),
    OTHER("其他");

    private final String label;

    TravelPurpose(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
