package org.bianzhi.roster.domain;

import org.bianzhi.shared.domain.Labeled;

/**
 * 职务层次/职级 (干部级别): a person's rank, recorded on the person (effective-dated, {@link PersonFact}) and used by
 * private-travel supervision: who must be filed (seed 002 note 3) and the rank lines of the statistics tables.
 */
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
