package org.bianzhi.travel.filing.domain;

import org.bianzhi.shared.domain.Labeled;

/** 证件保管台账的登记类别: a move of a document into or out of central custody. */
public enum CustodyMovementKind implements Labeled {
    HAND_IN("上交保管"),
    CHECK_OUT("领用"),
    RETURN("归还"),
    RELEASE("退还本人");

    private final String label;

    CustodyMovementKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
