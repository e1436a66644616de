package org.bianzhi.security.domain;

import org.bianzhi.shared.domain.Labeled;

/** 角色: what an account may do. Only {@link #UNIT_CLERK} is bound to a unit (and its subordinates). */
public enum Role implements Labeled {
    ADMIN("系统管理员"),
    OFFICE("编办业务人员"),
    INSPECTOR("监督检查人员"),
    UNIT_CLERK("单位人事专员"),
    COMPLAINT_HANDLER("举报受理人员"),
    /** 干部监督: the organisation department's cross-border travel supervision (DOMAIN.md section 10). */
    CADRE_SUPERVISION("干部监督人员"),
    /**
     * 派驻纪检组（纪检监察）: gives the discipline-inspection opinion on private-travel applications and reads them, nothing
     * else (issue 21, item 5).
     */
    DISCIPLINE_INSPECTION("派驻纪检组（纪检监察）人员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether this role sees ID numbers in full (the others see 330381********1234). */
    public boolean seesFullIdNumbers() {
        return this == ADMIN || this == OFFICE || this == COMPLAINT_HANDLER || this == CADRE_SUPERVISION;
    }
}
