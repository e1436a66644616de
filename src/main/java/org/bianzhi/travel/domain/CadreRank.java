package org.bianzhi.travel.domain;

import org.bianzhi.shared.domain.Labeled;

/** 干部级别: the rank of a handled person, for the statistics table of seed 002. */
public enum CadreRank implements Labeled {
    PROVINCIAL("省部级"),
    BUREAU("厅局级"),
    COUNTY("县处级"),
    TOWNSHIP("乡科级"),
    OTHER("其他");

    private final String label;

    CadreRank(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
