package org.bianzhi.roster.domain;

import org.bianzhi.shared.domain.Labeled;

/** 人员身份. */
public enum PersonIdentity implements Labeled {
    CIVIL_SERVANT("公务员"),
    CS_MANAGED("参公人员"),
    INSTITUTION_STAFF("事业人员"),
    ORGAN_WORKER("机关工勤人员"),
    NON_ESTABLISHMENT("编外人员");

    private final String label;

    PersonIdentity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
