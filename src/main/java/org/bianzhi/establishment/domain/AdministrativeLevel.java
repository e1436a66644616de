package org.bianzhi.establishment.domain;

import org.bianzhi.shared.domain.Labeled;

/** 层级 of a unit. */
public enum AdministrativeLevel implements Labeled {
    PROVINCE("省"),
    CITY("市"),
    COUNTY("县"),
    TOWNSHIP("乡");

    private final String label;

    AdministrativeLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
