package org.bianzhi.imports.domain;

import org.bianzhi.shared.domain.Labeled;

/** 导入作业状态. Every state after RUNNING is final. */
public enum ImportJobState implements Labeled {
    QUEUED("排队等待"),
    RUNNING("正在导入"),
    SUCCEEDED("已完成"),
    /** All or nothing, and some rows were bad: nothing was stored. */
    REJECTED("有错误行，未导入"),
    CANCELLED("已取消"),
    FAILED("导入失败"),
    /** The service stopped while the job ran; what was reported stored is kept. */
    INTERRUPTED("服务中断，导入未完成");

    private final String label;

    ImportJobState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
