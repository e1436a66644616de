package org.bianzhi.establishment.domain;

import org.bianzhi.shared.domain.Labeled;

/** 事业单位类别, required for an INSTITUTION only. */
public enum InstitutionClass implements Labeled {
    CIVIL_SERVICE_MANAGED("参公"),
    PUBLIC_WELFARE_1("公益一类"),
    PUBLIC_WELFARE_2("公益二类"),
    BUSINESS("生产经营类");

    private final String label;

    InstitutionClass(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
