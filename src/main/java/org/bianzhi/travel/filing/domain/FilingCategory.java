package org.bianzhi.travel.filing.domain;

import org.bianzhi.shared.domain.Labeled;

/** 登记备案人员类型: why a person is on the public-security list (公通字〔2003〕13号, 苏组通〔2015〕34号). */
public enum FilingCategory implements Labeled {
    COUNTY_LEVEL_CADRE("县处级以上在职干部"),
    TOWNSHIP_LEADER("县(区)管乡科级党政领导干部"),
    MIDDLE_MANAGER("市直属单位中层负责人"),
    RETIRED_SENIOR("厅局级以上离退休人员"),
    ENTERPRISE_LEADER("企业法人或领导人员"),
    SENSITIVE_POST("安全、涉密等重要岗位人员"),
    NAKED_OFFICIAL_RELATIVE("“裸官”配偶或子女"),
    OTHER("其他");

    private final String label;

    FilingCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
