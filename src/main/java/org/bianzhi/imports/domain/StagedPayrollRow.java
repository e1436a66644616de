package org.bianzhi.imports.domain;

import java.time.LocalDate;

/**
 * A 工资名单 line that passed the checks a row can make on its own: an 18-digit ID number, a name, a well-formed
 * paying unit code and the month as its first day. What remains needs the registry or the whole file: that the unit
 * exists, and that the ID number is paid only once in the month. {@code month} is the month's first day and
 * {@code monthEnd} the next month's (exclusive), so that SQL compares dates without date arithmetic.
 */
public record StagedPayrollRow(int row, String idNumber, String name, String unitCode, LocalDate month, LocalDate monthEnd)
        implements StagedRow {

    @Override
    public Object[] values() {
        return new Object[] {idNumber, name, unitCode, month, monthEnd};
    }
}
