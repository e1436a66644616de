package org.bianzhi.payroll.domain;

import java.time.LocalDate;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.roster.domain.ExitReason;

/**
 * One finding of a payroll comparison with the facts its explanation tells. {@code unit*} is the quota unit of the
 * occupancy concerned, or the paying unit when there is none; {@code personId} is null for an ID number the registry
 * does not know. The occupancy facts ({@code quotaType} … {@code decreaseNotice}) are null where the rule has none.
 */
public record PayrollDiscrepancy(PayrollRule rule, String unitCode, String unitName, Long personId, String idNumber,
                                 String personName, String payrollName, String payingUnitName, QuotaType quotaType,
                                 LocalDate validFrom, LocalDate endedOn, ExitReason exitReason, String decreaseNotice) {

    /** The explanation, in Chinese, with the month, the units, the dates and the notice numbers involved. */
    public String message(PayMonth month) {
        String paid = month.chinese() + "由" + payingUnitName + "发薪，但";
        String text = switch (rule) {
            case PAID_WITHOUT_OCCUPANCY -> paid + (personId == null ? "编制实名制系统中没有该身份证号的人员登记"
                    : "该人员在" + month.chinese() + "及以前没有任何占编记录");
            case PAID_AFTER_EXIT -> paid + "该人员已于" + day(endedOn) + "出编（原占用" + unitName + "的" + quotaType.label()
                    + (exitReason == null ? "" : "，" + exitReason.label())
                    + (decreaseNotice == null ? "，未登记减人通知单" : "，减人通知单 " + decreaseNotice) + "），" + month.chinese() + "不在编";
            case OCCUPANCY_NOT_PAID -> "该人员" + month.chinese() + "全月占用" + unitName + "的" + quotaType.label() + "（入编日期 "
                    + day(validFrom) + "），但" + month.chinese() + "工资名单中没有其发薪记录，疑似空挂";
            case PAYING_UNIT_MISMATCH -> paid + "该人员当月占用的是" + unitName + "的" + quotaType.label() + "，发薪单位与编制单位不符";
        };
        boolean renamed = payrollName != null && personId != null && !payrollName.equals(personName);
        return renamed ? text + "；工资名单中的姓名为“" + payrollName + "”，与登记姓名不一致" : text;
    }

    private static String day(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
