package org.bianzhi.roster.domain;

import org.bianzhi.shared.domain.Labeled;

/** 出编原因, recorded by a decrease notice. */
public enum ExitReason implements Labeled {
    TRANSFER_OUT("调出"),
    RETIREMENT("退休"),
    RESIGNATION("辞职"),
    DISMISSAL("辞退"),
    DEATH("死亡"),
    OTHER("其他");

    private final String label;

    ExitReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
