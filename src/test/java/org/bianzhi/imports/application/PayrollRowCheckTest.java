package org.bianzhi.imports.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bianzhi.establishment.domain.UnitCode;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.imports.domain.StagedPayrollRow;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.shared.domain.Violation;
import org.junit.jupiter.api.Test;

class PayrollRowCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final String UNIT = "11330381MB0000000" + UnitCode.checkCharacter("11330381MB0000000");
    private static final String ID = "33038119800401001" + IdNumber.checkCharacter("33038119800401001");

    private static ImportTable.Row row(String... replace) {
        Map<String, String> values = new HashMap<>(Map.of("身份证号", ID, "姓名", "张三", "发薪单位代码", UNIT, "发薪月份", "2026年6月"));
        for (int i = 0; i < replace.length; i += 2) values.put(replace[i], replace[i + 1]);
        return new ImportTable.Row(4, values);
    }

    private static List<String> columns(CheckedRow<?> r) {
        return r.faults().stream().map(Violation::column).sorted().toList();
    }

    @Test
    void aGoodLineIsStagedWithItsMonthAsFirstDayAndEnd() {
        StagedPayrollRow s = PayrollRowCheck.check(row("发薪单位代码", UNIT.toLowerCase(), "姓名", "张 三"), TODAY).staged();
        assertEquals(List.of(4, ID, "张 三", UNIT), List.of(s.row(), s.idNumber(), s.name(), s.unitCode()));
        assertEquals(List.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1)), List.of(s.month(), s.monthEnd()));
    }

    @Test
    void aFifteenDigitIdNumberIsConvertedAsInTheRoster() {
        var r = PayrollRowCheck.check(row("身份证号", "330381800401001"), TODAY);
        assertTrue(r.convertedId());
        assertEquals(ID, r.staged().idNumber());
        assertFalse(PayrollRowCheck.check(row(), TODAY).convertedId());
    }

    @Test
    void everyFaultOfALineIsReportedByItsColumn() {
        String badDigit = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
        String badUnit = UNIT.substring(0, 17) + (UNIT.charAt(17) == 'A' ? 'B' : 'A');
        var r = PayrollRowCheck.check(row("身份证号", badDigit, "姓名", "张三123", "发薪单位代码", badUnit, "发薪月份", "2026-13"), TODAY);
        assertNull(r.staged());
        assertEquals(List.of("发薪单位代码", "发薪月份", "姓名", "身份证号"), columns(r), r.faults()::toString);
        assertTrue(r.faults().stream().allMatch(v -> v.row() == 4));
        assertTrue(r.faults().stream().anyMatch(v -> v.reason().contains("校验位")), r.faults()::toString);
    }

    @Test
    void theCurrentMonthMayBeImportedButNotTheNext() {
        assertEquals(LocalDate.of(2026, 6, 1), PayrollRowCheck.check(row("发薪月份", "2026-06"), TODAY).staged().month());
        var next = PayrollRowCheck.check(row("发薪月份", "2026-07"), TODAY);
        assertEquals(List.of("发薪月份"), columns(next));
        assertTrue(next.faults().get(0).reason().contains("晚于本月（2026-06）"), next.faults()::toString);
    }

    @Test
    void emptyCellsAreNamedAndNothingElseIsGuessed() {
        var r = PayrollRowCheck.check(row("姓名", " ", "发薪月份", ""), TODAY);
        assertEquals(List.of("发薪月份", "姓名"), columns(r), r.faults()::toString);
        assertEquals("姓名不能为空", r.faults().stream().filter(v -> v.column().equals("姓名")).findFirst().orElseThrow().reason());
    }
}
