package org.bianzhi.imports.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.StagedPayrollRow;
import org.bianzhi.imports.infrastructure.StagedLoad.Stored;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/** The payroll list's set checks and store (PayrollBulkLoad): each check's case and near miss, and what a new list replaces. */
class PayrollBulkLoadTest {

    private static StagedImport payroll(TestDb db, List<StagedPayrollRow> rows) throws SQLException {
        return StagedImport.of(db, ImportKind.PAYROLL, (d, job) -> new PayrollBulkLoad(d.dataSource(), job, "clerk"), 0, rows);
    }

    private static StagedPayrollRow line(int row, String id, String name, String unit, String month) {
        YearMonth m = YearMonth.parse(month);
        return new StagedPayrollRow(row, id, name, unit, m.atDay(1), m.plusMonths(1).atDay(1));
    }

    /** The stored lines of a unit's month, as "ID number name", by ID number. */
    private static List<String> lines(TestDb db, String unit, String month) throws SQLException {
        return Sql.list(db.connection(), "select e.id_number, e.name from payroll_entry e join unit u on u.id = e.unit_id"
                + " where u.code = ? and e.pay_month = ? order by e.id_number", r -> r.getString(1) + " " + r.getString(2),
                unit, YearMonth.parse(month).atDay(1));
    }

    @EachDatabase
    void aPayingUnitNotRegisteredIsRejectedARegisteredOneIsStored(TestDb db) throws SQLException {
        String unit = db.codeOf(db.unit("ORGAN", "瑞安市财政局", null));
        String unknown = "11" + String.format("%016d", TestDb.nextId());
        String paid = StagedImport.idNumber();

        StagedImport run = payroll(db, List.of(line(2, paid, "钱一", unit, "2025-05"),
                line(3, StagedImport.idNumber(), "孙二", unknown, "2025-05")));

        assertEquals(List.of(new RejectedCell(3, "发薪单位代码", "发薪单位代码 " + unknown + " 未登记，请核对代码或先导入该单位")),
                run.rejections());
        assertEquals(List.of(paid + " 钱一"), lines(db, unit, "2025-05"));
        assertEquals(new Stored(1, 0, 0), run.stored);
    }

    @EachDatabase
    void aMonthEndingBeforeThePayingUnitWasSetUpIsRejectedTheMonthItWasSetUpInIsNot(TestDb db) throws SQLException {
        List<StagedPayrollRow> rows = new ArrayList<>();
        List<RejectedCell> expected = new ArrayList<>();
        for (String setUp : List.of("2025-06-01", "2025-06-15", "2025-06-30")) {
            String unit = db.codeOf(db.unit("ORGAN", "瑞安市新设局" + setUp, null, "COUNTY", setUp));
            for (String month : List.of("2025-04", "2025-05", "2025-06", "2025-07")) {
                int row = rows.size() + 2;
                rows.add(line(row, StagedImport.idNumber(), "周三", unit, month));
                if (month.compareTo("2025-06") < 0) {
                    expected.add(new RejectedCell(row, "发薪单位代码", "发薪单位 " + unit + " 于 " + setUp + " 设立，"
                            + month.substring(0, 4) + "年" + Integer.parseInt(month.substring(5)) + "月尚不存在，请核对发薪月份和发薪单位代码"));
                }
            }
        }
        StagedImport run = payroll(db, rows);

        assertEquals(expected, run.rejections());
        assertEquals(rows.size() - expected.size(), run.stored.created());
    }

    @EachDatabase
    void anIdNumberPaidTwiceInAMonthIsRejectedOnItsLaterRowPaidInAnotherMonthItIsNot(TestDb db) throws SQLException {
        String finance = db.codeOf(db.unit("ORGAN", "瑞安市财政局", null));
        String audit = db.codeOf(db.unit("ORGAN", "瑞安市审计局", null));
        String id = StagedImport.idNumber();

        StagedImport run = payroll(db, List.of(line(2, id, "吴四", finance, "2025-05"), line(3, id, "吴四", finance, "2025-06"),
                line(4, id, "吴四", audit, "2025-05")));

        assertEquals(List.of(new RejectedCell(4, "身份证号", "身份证号 " + id + " 在2025年5月已在第 2 行发薪：同一人同一月份只应有一条发薪记录")),
                run.rejections());
        assertEquals(List.of(), lines(db, audit, "2025-05"));
    }

    @EachDatabase
    void aNewListReplacesTheLinesOfItsMonthsAndUnitsAndImportingItAgainChangesNothing(TestDb db) throws SQLException {
        String forestry = db.codeOf(db.unit("ORGAN", "瑞安市林业局", null));
        String station = db.codeOf(db.unit("INSTITUTION", "瑞安市林业站", null));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) ids.add(StagedImport.idNumber());
        StagedImport first = payroll(db, List.of(line(2, ids.get(0), "甲一", forestry, "2025-03"), line(3, ids.get(1), "甲二", forestry, "2025-03"),
                line(4, ids.get(4), "甲五", forestry, "2025-03"), line(5, ids.get(3), "甲四", station, "2025-03"),
                line(6, ids.get(0), "甲一", forestry, "2025-02")));
        assertEquals(new Stored(5, 0, 0), first.stored);

        // the corrected March list of the bureau: one renamed, one kept, one new, one dropped
        List<StagedPayrollRow> corrected = List.of(line(2, ids.get(0), "甲壹", forestry, "2025-03"),
                line(3, ids.get(1), "甲二", forestry, "2025-03"), line(4, ids.get(2), "甲三", forestry, "2025-03"));
        StagedImport second = payroll(db, corrected);

        assertEquals(new Stored(1, 1, 1), second.stored);
        assertEquals(List.of("本次名单替换了所含发薪月份、发薪单位的原有名单：原有 1 条发薪记录不在本次名单中，已删除"), second.notes);
        assertEquals(List.of(ids.get(0) + " 甲壹", ids.get(1) + " 甲二", ids.get(2) + " 甲三"), lines(db, forestry, "2025-03"));
        assertEquals(List.of(ids.get(3) + " 甲四"), lines(db, station, "2025-03"), "another unit's March: not in the list, untouched");
        assertEquals(List.of(ids.get(0) + " 甲一"), lines(db, forestry, "2025-02"), "another month: untouched");
        assertEquals(first.job, db.single("select import_job_id from payroll_entry where id_number = ? and pay_month = ?",
                ids.get(1), YearMonth.of(2025, 3).atDay(1)), "a kept line keeps who imported it first");

        StagedImport again = payroll(db, corrected);
        assertEquals(new Stored(0, 0, 3), again.stored);
        assertEquals(List.of(), again.notes);
        assertEquals(List.of(ids.get(0) + " 甲壹", ids.get(1) + " 甲二", ids.get(2) + " 甲三"), lines(db, forestry, "2025-03"));
    }
}
