package org.bianzhi.imports.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.establishment.domain.UnitCode;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportTable.Row;
import org.bianzhi.imports.domain.StagedPayrollRow;
import org.bianzhi.payroll.domain.PayMonth;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.roster.domain.PersonName;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Violation;

/**
 * What a 工资名单 line can be checked for on its own, all at once: the cells filled, the ID number (a 15-digit one
 * converted, as in the roster), the name, the form of the paying unit's code, and a month that has begun.
 */
final class PayrollRowCheck {

    private PayrollRowCheck() {
    }

    static CheckedRow<StagedPayrollRow> check(Row r, LocalDate today) {
        List<Violation> cellFaults = CellValues.faults(r, ImportKind.PAYROLL, today);
        if (!cellFaults.isEmpty()) return new CheckedRow<>(null, cellFaults, false);
        List<Violation> faults = new ArrayList<>();
        IdNumber.Converted id = null;
        try {
            id = IdNumber.read(r.get("身份证号"), today);
        } catch (BianzhiException e) {
            faults.add(Violation.ofRow(r.number(), "身份证号", e.getMessage()));
        }
        String name = PersonName.normalise(r.get("姓名"));
        if (name == null) faults.add(Violation.ofRow(r.number(), "姓名", "姓名“" + r.get("姓名") + "”含有不应出现在身份证姓名中的字符"));
        String unitProblem = UnitCode.problem(r.get("发薪单位代码"));
        if (unitProblem != null) faults.add(Violation.ofRow(r.number(), "发薪单位代码", unitProblem));
        PayMonth month = null;
        try {
            month = PayMonth.parse(r.get("发薪月份"));
        } catch (BianzhiException e) {
            faults.add(Violation.ofRow(r.number(), "发薪月份", e.getMessage()));
        }
        PayMonth current = PayMonth.of(today);
        if (month != null && month.isAfter(current)) {
            faults.add(Violation.ofRow(r.number(), "发薪月份", "发薪月份 " + month + " 晚于本月（" + current
                    + "），工资名单只能是已开始发放的月份"));
        }
        if (!faults.isEmpty()) return new CheckedRow<>(null, faults, false);
        return new CheckedRow<>(new StagedPayrollRow(r.number(), id.idNumber().value(), name,
                UnitCode.normalise(r.get("发薪单位代码")), month.firstDay(), month.end()), List.of(), id.fromFifteenDigits());
    }
}
