package org.bianzhi.roster.domain;

import org.bianzhi.shared.domain.Labeled;

/** What a {@link PersonFact} records: 职务层次 (a {@link CadreRank} code) or 户口所在地 (a place as written). */
public enum PersonFactKind implements Labeled {
    RANK("职务层次"),
    HOUSEHOLD("户口所在地");

    private final String label;

    PersonFactKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
