package org.bianzhi.payroll.domain;

import org.bianzhi.shared.domain.Labeled;

/**
 * The findings of 财政统发工资名单比对 (DOMAIN.md section 11), as stable codes. The order is the order of a report.
 */
public enum PayrollRule implements Labeled {
    /** Paid in the month; no occupancy in the month or ever before (or an ID number the registry does not know). */
    PAID_WITHOUT_OCCUPANCY("有薪无编"),
    /** Paid in the month; no occupancy in the month, but one that ended before the month began. */
    PAID_AFTER_EXIT("出编后仍发薪"),
    /** An occupancy for the whole month and no payroll line (possible 空挂), in the regions the list covers. */
    OCCUPANCY_NOT_PAID("有编无薪（疑似空挂）"),
    /** Paid by a unit that is the quota unit of none of the person's occupancies in the month. */
    PAYING_UNIT_MISMATCH("发薪单位与编制单位不符");

    /** What every payroll finding rests on. */
    public static final String BASIS = "财政统发工资名单比对";

    private final String label;

    PayrollRule(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
