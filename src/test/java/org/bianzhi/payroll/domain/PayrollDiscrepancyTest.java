package org.bianzhi.payroll.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.roster.domain.ExitReason;
import org.junit.jupiter.api.Test;

class PayrollDiscrepancyTest {

    private static final PayMonth JUNE = PayMonth.parse("2026-06");

    private static PayrollDiscrepancy of(PayrollRule rule, Long personId, String payrollName, LocalDate ended, ExitReason reason,
                                         String notice) {
        return new PayrollDiscrepancy(rule, "11330381MB0000000X", "瑞安市统计局", personId, "330381198001010010", "张三",
                payrollName, "瑞安市财政局", QuotaType.ADMINISTRATIVE, LocalDate.of(2020, 3, 1), ended, reason, notice);
    }

    @Test
    void anExitSaysWhenItEndedWhereAndOnWhichNotice() {
        String m = of(PayrollRule.PAID_AFTER_EXIT, 7L, "张三", LocalDate.of(2026, 4, 1), ExitReason.TRANSFER_OUT, "J2026-00031")
                .message(JUNE);
        assertEquals("2026年6月由瑞安市财政局发薪，但该人员已于2026年4月1日出编（原占用瑞安市统计局的行政编制，调出，减人通知单 J2026-00031），"
                + "2026年6月不在编", m);
        assertTrue(of(PayrollRule.PAID_AFTER_EXIT, 7L, "张三", LocalDate.of(2026, 4, 1), null, null).message(JUNE)
                .contains("行政编制，未登记减人通知单）"));
    }

    @Test
    void anUnknownIdNumberIsToldApartFromAPersonWithoutOccupancy() {
        assertTrue(of(PayrollRule.PAID_WITHOUT_OCCUPANCY, null, "张三", null, null, null).message(JUNE)
                .endsWith("编制实名制系统中没有该身份证号的人员登记"));
        assertTrue(of(PayrollRule.PAID_WITHOUT_OCCUPANCY, 7L, "张三", null, null, null).message(JUNE)
                .endsWith("该人员在2026年6月及以前没有任何占编记录"));
    }

    @Test
    void unpaidAndMismatchNameTheQuotaUnitAndTheMonth() {
        assertEquals("该人员2026年6月全月占用瑞安市统计局的行政编制（入编日期 2020年3月1日），但2026年6月工资名单中没有其发薪记录，疑似空挂",
                of(PayrollRule.OCCUPANCY_NOT_PAID, 7L, null, null, null, null).message(JUNE));
        assertEquals("2026年6月由瑞安市财政局发薪，但该人员当月占用的是瑞安市统计局的行政编制，发薪单位与编制单位不符",
                of(PayrollRule.PAYING_UNIT_MISMATCH, 7L, "张三", null, null, null).message(JUNE));
    }

    @Test
    void aNameOnTheListOtherThanTheRegisteredOneIsPointedOut() {
        String m = of(PayrollRule.PAYING_UNIT_MISMATCH, 7L, "张叁", null, null, null).message(JUNE);
        assertTrue(m.endsWith("；工资名单中的姓名为“张叁”，与登记姓名不一致"), m);
        assertFalse(of(PayrollRule.PAID_WITHOUT_OCCUPANCY, null, "张叁", null, null, null).message(JUNE).contains("不一致"),
                "an unknown person has no registered name to differ from");
    }
}
