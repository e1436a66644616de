package org.bianzhi.roster.domain;

import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.shared.domain.Labeled;

/** 实际工作岗位类型, with the unit kind each belongs to. */
public enum PostType implements Labeled {
    ADMINISTRATIVE_POST("行政岗位"),
    MANAGEMENT("管理岗位"),
    PROFESSIONAL("专业技术岗位"),
    SKILLED_WORKER("工勤技能岗位"),
    ORGAN_WORKER_POST("机关工勤岗位");

    private final String label;

    PostType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether a post of this type exists in a unit of {@code kind}. */
    public boolean existsIn(UnitKind kind) {
        return switch (this) {
            case ADMINISTRATIVE_POST, ORGAN_WORKER_POST -> kind == UnitKind.ORGAN;
            default -> kind == UnitKind.INSTITUTION;
        };
    }
}
