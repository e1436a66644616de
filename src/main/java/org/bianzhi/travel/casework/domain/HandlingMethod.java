package org.bianzhi.travel.casework.domain;

import org.bianzhi.shared.domain.Labeled;

/** 处理方式: how a person was handled for a travel violation (seed 002, counted per person and method, 人次). */
public enum HandlingMethod implements Labeled {
    CRITICISM("批评教育"),
    ADMONISHMENT("诫勉"),
    REASSIGNMENT("调离岗位"),
    ORDERED_RESIGNATION("责令辞职"),
    DISMISSAL("免职"),
    DEMOTION("降职"),
    REFERRAL("移交纪检监察机关"),
    /** 移交公安机关: a forged or altered document (seed 002's police class 一); no column of the forms. */
    POLICE_REFERRAL("移交公安机关");

    private final String label;

    HandlingMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
