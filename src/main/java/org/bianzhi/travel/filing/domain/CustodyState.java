package org.bianzhi.travel.filing.domain;

import org.bianzhi.shared.domain.Labeled;

/** 证件保管状态 on a date, as the custody ledger's moves leave it. */
public enum CustodyState implements Labeled {
    NOT_HANDED_IN("未上交"),
    HELD("集中保管"),
    CHECKED_OUT("已领用"),
    RELEASED("已退还本人");

    private final String label;

    CustodyState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
