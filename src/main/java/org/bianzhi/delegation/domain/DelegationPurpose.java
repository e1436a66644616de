package org.bianzhi.delegation.domain;

import org.bianzhi.shared.domain.Labeled;

/** 出国（境）目的类别 as seed 000's review statistics count them: 访问或考察, 经贸活动, 劳务输出, 学习培训, and 其他. */
public enum DelegationPurpose implements Labeled {
    VISIT("访问或考察"),
    TRADE("经贸活动"),
    LABOUR("劳务输出"),
    TRAINING("学习培训"),
    OTHER("其他");

    private final String label;

    DelegationPurpose(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
