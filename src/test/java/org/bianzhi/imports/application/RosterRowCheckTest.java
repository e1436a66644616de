package org.bianzhi.imports.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.imports.domain.StagedRosterRow;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.shared.domain.Violation;
import org.junit.jupiter.api.Test;

class RosterRowCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final String UNIT = "11330381MB0000000X";

    private static String id(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static final String MAN = id("33038119800401001");   // 17th digit odd: male

    private static ImportTable.Row row(String... kv) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) values.put(kv[i], kv[i + 1]);
        return new ImportTable.Row(7, values);
    }

    private static ImportTable.Row civilServant(String... extra) {
        String[] base = {"身份证号", MAN, "姓名", "张 三", "人员身份", "公务员", "编制单位代码", UNIT.toLowerCase(), "编制类型", "行政编制",
                "入编日期", "2005/8/1", "工作单位代码", UNIT, "岗位类型", "行政岗位"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return row(all);
    }

    private static List<String> columns(CheckedRow<?> r) {
        return r.faults().stream().map(Violation::column).sorted().toList();
    }

    @Test
    void aGoodRowIsStagedWithItsValuesNormalised() {
        StagedRosterRow s = RosterRowCheck.check(civilServant("领导职务", "单位正职"), TODAY).staged();
        assertEquals(7, s.row());
        assertEquals(List.of(MAN, "MALE", LocalDate.of(1980, 4, 1), "CIVIL_SERVANT"), List.of(s.idNumber(), s.gender(),
                s.birthDate(), s.identity()));
        assertEquals(List.of(UNIT, "ADMINISTRATIVE", LocalDate.of(2005, 8, 1)), List.of(s.occupancyUnit(), s.quotaType(), s.entryDate()));
        assertEquals(List.of(UNIT, "ADMINISTRATIVE_POST", "REGULAR", LocalDate.of(2005, 8, 1)),
                List.of(s.postUnit(), s.postType(), s.arrangement(), s.postFrom()));
        assertEquals(List.of(UNIT, "UNIT_PRINCIPAL", LocalDate.of(2005, 8, 1)),
                List.of(s.leadershipUnit(), s.leadershipCategory(), s.leadershipFrom()));
    }

    @Test
    void aFifteenDigitIdNumberIsConvertedAndSaidSo() {
        var r = RosterRowCheck.check(civilServant("身份证号", "330381800401001"), TODAY);
        assertTrue(r.convertedId());
        assertEquals(id("33038119800401001"), r.staged().idNumber());
    }

    @Test
    void everyFaultOfARowIsReportedByItsColumn() {
        String badDigit = MAN.substring(0, 17) + (MAN.charAt(17) == '1' ? '2' : '1');
        var r = RosterRowCheck.check(civilServant("身份证号", badDigit, "编制类型", "合同制", "岗位类型", "技术岗"), TODAY);
        assertNull(r.staged());
        assertEquals(List.of("岗位类型", "编制类型", "身份证号"), columns(r), r.faults()::toString);
        assertTrue(r.faults().stream().anyMatch(v -> v.reason().contains("校验位")));
    }

    @Test
    void aStartBeforeTheBirthInTheIdNumberIsRefusedByItsColumn() {
        // MAN is born 1980-04-01
        var r = RosterRowCheck.check(civilServant("入编日期", "1970-09-01", "工作安排", "借调", "借调起始日期", "1980-03-31",
                "到岗日期", "1980-04-01"), TODAY);
        assertNull(r.staged());
        assertEquals(List.of("借调起始日期", "入编日期"), columns(r), r.faults()::toString);
        assertTrue(r.faults().stream().allMatch(v -> v.row() == 7 && v.reason().contains("早于出生日期 1980-04-01")),
                r.faults()::toString);
    }

    @Test
    void detailsMustAgreeWithTheIdNumber() {
        var r = RosterRowCheck.check(civilServant("性别", "女", "出生日期", "1981-04-01"), TODAY);
        assertEquals(List.of("出生日期", "性别"), columns(r), r.faults()::toString);
    }

    @Test
    void cellsThatGoTogetherAreCheckedTogether() {
        assertEquals(List.of("编制类型"), columns(RosterRowCheck.check(civilServant("编制类型", ""), TODAY)));
        assertEquals(List.of("借调截止日期"), columns(RosterRowCheck.check(civilServant("借调截止日期", "2026-12-31"), TODAY)),
                "an end date without a secondment");
        var openEnded = RosterRowCheck.check(civilServant("工作安排", "借调", "借调起始日期", "2025-03-01"), TODAY);
        assertEquals(List.of(), columns(openEnded), "an open-ended secondment is registered as it is");
        assertNull(openEnded.staged().secondmentEnd());
        assertEquals(List.of("岗位类型"), columns(RosterRowCheck.check(civilServant("岗位类型", ""), TODAY)));
        var outsider = row("身份证号", MAN, "姓名", "张三", "人员身份", "编外人员");
        assertEquals(List.of("工作单位代码"), columns(RosterRowCheck.check(outsider, TODAY)));
    }

    @Test
    void undatedFactsHoldFromTheRostersSnapshotDayAndAnArrivalDateDatesThePosting() {
        LocalDate june = LocalDate.of(2026, 6, 30);
        var outsider = row("身份证号", MAN, "姓名", "张三", "人员身份", "编外人员", "工作单位代码", UNIT, "岗位类型", "行政岗位",
                "领导职务", "单位副职");
        StagedRosterRow undated = RosterRowCheck.check(outsider, TODAY, june).staged();
        assertEquals(List.of(june, june), List.of(undated.postFrom(), undated.leadershipFrom()), "from the 数据时点, not the import day");
        var arrived = row("身份证号", MAN, "姓名", "张三", "人员身份", "编外人员", "工作单位代码", UNIT, "岗位类型", "行政岗位",
                "到岗日期", "2024-03-01");
        assertEquals(LocalDate.of(2024, 3, 1), RosterRowCheck.check(arrived, TODAY, june).staged().postFrom());
        assertEquals(LocalDate.of(2024, 3, 1), RosterRowCheck.check(civilServant("到岗日期", "2024-03-01"), TODAY, june).staged().postFrom(),
                "到岗日期 before 入编日期's default");
        assertEquals(LocalDate.of(2005, 8, 1), RosterRowCheck.check(civilServant(), TODAY, june).staged().postFrom(), "入编日期 next");
        assertEquals(List.of("到岗日期"), columns(RosterRowCheck.check(civilServant("到岗日期", "2099-01-01"), TODAY, june)));
    }

    @Test
    void aSecondmentStartsOnItsOwnDateAndAPostWithoutEntryDateToday() {
        var seconded = RosterRowCheck.check(civilServant("工作安排", "借调", "借调起始日期", "2026-03-01", "借调截止日期", "2026-12-31"), TODAY);
        assertEquals(LocalDate.of(2026, 3, 1), seconded.staged().postFrom());
        assertEquals(LocalDate.of(2005, 8, 1), seconded.staged().entryDate());
        var outsider = row("身份证号", MAN, "姓名", "张三", "人员身份", "编外人员", "工作单位代码", UNIT, "岗位类型", "行政岗位");
        StagedRosterRow s = RosterRowCheck.check(outsider, TODAY).staged();
        assertEquals(List.of(TODAY), List.of(s.postFrom()));
        assertNull(s.occupancyUnit());
    }

    @Test
    void cellsLongerThanTheirColumnAreRowErrorsNamingTheColumnWithoutQuotingIt() {
        var r = RosterRowCheck.check(civilServant("增人通知单号", "Z".repeat(41), "借调批准文号", "文".repeat(40_000),
                "姓名", "张".repeat(51)), TODAY);
        assertNull(r.staged());
        assertEquals(java.util.Set.of("增人通知单号", "姓名", "借调批准文号"), java.util.Set.copyOf(columns(r)), r.faults()::toString);
        var approval = r.faults().stream().filter(f -> f.column().equals("借调批准文号")).findFirst().orElseThrow();
        assertEquals(7, approval.row());
        assertEquals("借调批准文号不能超过 200 个字符（现有 40000 个）", approval.reason());
        var code = RosterRowCheck.check(civilServant("编制单位代码", UNIT + "0"), TODAY);
        assertEquals(List.of("编制单位代码"), columns(code), "a code longer than 18 characters never reaches its varchar(18)");
    }

    @Test
    void absurdDatesAndAnIdNumberBornAfterTodayAreRowErrors() {
        for (String absurd : List.of("0000-01-01", "1800-01-01", "9999-12-31", "2037-01-01")) {
            var r = RosterRowCheck.check(civilServant("入编日期", absurd), TODAY);
            assertEquals(List.of("入编日期"), columns(r), absurd);
            assertTrue(r.faults().get(0).reason().contains("超出允许范围（1949-10-01 至 2036-06-30）"), r.faults()::toString);
        }
        var born2099 = RosterRowCheck.check(civilServant("身份证号", id("33038120990101001")), TODAY);
        assertEquals(List.of("身份证号"), columns(born2099));
        assertTrue(born2099.faults().get(0).reason().contains("晚于今天"), born2099.faults()::toString);
    }

    @Test
    void aNumberCellOrScientificNotationInATextColumnIsRefusedWithHowToEnterItAsText() {
        // what Excel keeps of an ID number typed into a number cell: 15 digits, then zeros; here the check digit fits
        String damaged = id("33112119880808800").substring(0, 15) + "000";
        var values = new HashMap<>(civilServant("身份证号", damaged).values());
        var number = RosterRowCheck.check(new ImportTable.Row(7, values, java.util.Set.of("身份证号")), TODAY);
        assertNull(number.staged());
        assertEquals(List.of("身份证号"), columns(number), number.faults()::toString);
        String reason = number.faults().get(0).reason();
        assertTrue(reason.contains("数字单元格") && reason.contains("设置单元格格式为“文本”") && reason.contains("英文单引号 '"), reason);
        assertEquals(7, number.faults().get(0).row());

        for (String csvCell : List.of("3.31121198808088E+17", "1.2331121406588E+017", "1E+17", "3.3112119880808801e17")) {
            var r = RosterRowCheck.check(civilServant("编制单位代码", csvCell), TODAY);
            assertEquals(List.of("编制单位代码"), columns(r), csvCell);
            assertTrue(r.faults().get(0).reason().contains("科学计数法"), r.faults()::toString);
        }
        var notice = RosterRowCheck.check(civilServant("增人通知单号", "3.31121198808088E+17"), TODAY);
        assertEquals(List.of("增人通知单号"), columns(notice));
        // the same text is no number where no identifier is kept: a text cell of a code with E is a code
        assertTrue(RosterRowCheck.check(civilServant("增人通知单号", "12E0034"), TODAY).faults().isEmpty());
    }
}
