package org.bianzhi.delegation.domain;

import java.util.EnumSet;
import java.util.Set;
import org.bianzhi.shared.domain.Labeled;

/**
 * 团组状态: DRAFT 草稿 → SUBMITTED 已报审 → APPROVED 已批准 → RETURNED 已回国 → REPORTED 已报告; CANCELLED 已撤销 from the
 * first three.
 */
public enum DelegationStatus implements Labeled {
    DRAFT("草稿"),
    SUBMITTED("已报审"),
    APPROVED("已批准"),
    RETURNED("已回国"),
    REPORTED("已报告"),
    CANCELLED("已撤销");

    /** The states in which a delegation counts as one of its members' trips of the year. */
    public static final Set<DelegationStatus> COUNTED = EnumSet.of(SUBMITTED, APPROVED, RETURNED, REPORTED);

    private final String label;

    DelegationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
