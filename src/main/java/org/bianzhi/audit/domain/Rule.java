package org.bianzhi.audit.domain;

import org.bianzhi.shared.domain.Labeled;

/**
 * 稽核规则: the rules of DOMAIN.md section 6, each with its stable code, its Chinese name and the rule of law it
 * rests on (依据). What each one fires on is written in {@link Breaches}, which builds its findings' messages.
 */
public enum Rule implements Labeled {
    OVER_QUOTA("超编", "《地方各级人民政府机构设置和编制管理条例》（国务院令第486号）"),
    OVER_LEADERSHIP("超职数配备", "《党政领导干部选拔任用工作条例》"),
    MIXED_INSTITUTION_IN_ADMIN_POST("事业编制人员占用行政岗位",
            "《地方各级人民政府机构设置和编制管理条例》第十五条：不得混用、挤占、挪用编制"),
    MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA("非公务员身份人员占用行政编制", "《中华人民共和国公务员法》"),
    NO_QUOTA_IN_ADMIN_POST("无编人员占用行政岗位", "人员编制实名制管理规定"),
    QUOTA_TYPE_MISUSE("编制类型与机构性质不符", "《地方各级人民政府机构设置和编制管理条例》第十五条"),
    DUPLICATE_OCCUPANCY("一人多编", "人员编制实名制管理规定"),
    OVERAGE("超龄未退休", "国家法定退休年龄规定（含《关于实施渐进式延迟法定退休年龄的决定》）"),
    SECONDMENT_OVERDUE("借调超期", "借调管理规定"),
    ENTRY_WITHOUT_NOTICE("无通知单进编", "人员编制实名制管理规定");

    private final String label;
    private final String basis;

    Rule(String label, String basis) {
        this.label = label;
        this.basis = basis;
    }

    @Override
    public String label() {
        return label;
    }

    /** 依据: the regulation a finding of this rule cites. */
    public String basis() {
        return basis;
    }
}
