package org.bianzhi.delegation.domain;

import org.bianzhi.shared.domain.Labeled;

/** 团内职务: LEADER 团长 or MEMBER 成员. */
public enum MemberRole implements Labeled {
    LEADER("团长"),
    MEMBER("成员");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
