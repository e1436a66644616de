package org.bianzhi.delegation.domain;

import org.bianzhi.shared.domain.Labeled;

/**
 * 复核结论 of an objection: UPHELD 异议成立 (the delegation cannot be approved as it is: the member concerned, or the
 * whole delegation, must go) or DISMISSED 异议不成立.
 */
public enum ObjectionOutcome implements Labeled {
    UPHELD("异议成立"),
    DISMISSED("异议不成立");

    private final String label;

    ObjectionOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
