package org.bianzhi.payroll.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bianzhi.payroll.domain.PayMonth;
import org.bianzhi.payroll.domain.PayrollRule;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.shared.infrastructure.SqlQuery;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/**
 * The payroll comparison's SQL ({@link FindingQueries}) against the migrated schema: each rule on its case and its
 * near misses. The month boundaries are tried on several months (a leap February, a 30- and a 31-day month, December).
 */
class FindingQueriesTest {

    private static final List<String> MONTHS = List.of("2024-02", "2026-02", "2026-06", "2026-12");

    /** One finding as the report lists it: rule, the unit it belongs to, whose ID number, who paid. */
    record Finding(PayrollRule rule, long unit, String idNumber, Long payingUnit) {}

    @EachDatabase
    void paidWithNoOccupancyBeforeTheMonthsEndIsPaidWithoutOccupancy(TestDb db) throws SQLException {
        for (String m : MONTHS) {
            Month month = new Month(m);
            long unit = db.unit("ORGAN", "瑞安市财政局", null);
            long noQuota = db.person("无编", "CIVIL_SERVANT");
            long entersNextMonth = db.person("下月进编", "CIVIL_SERVANT");
            db.occupancy(entersNextMonth, unit, "ADMINISTRATIVE", month.end(), null, "Z1");
            long entersOnLastDay = db.person("月末进编", "CIVIL_SERVANT");
            db.occupancy(entersOnLastDay, unit, "ADMINISTRATIVE", month.lastDay(), null, "Z2");
            String stranger = "990000" + TestDb.nextId();
            pay(db, m, unit, stranger);
            pay(db, m, unit, idNumber(db, noQuota), idNumber(db, entersNextMonth), idNumber(db, entersOnLastDay));

            assertEquals(Set.of(new Finding(PayrollRule.PAID_WITHOUT_OCCUPANCY, unit, stranger, unit),
                            new Finding(PayrollRule.PAID_WITHOUT_OCCUPANCY, unit, idNumber(db, noQuota), unit),
                            new Finding(PayrollRule.PAID_WITHOUT_OCCUPANCY, unit, idNumber(db, entersNextMonth), unit)),
                    findings(db, m, pathOf(db, unit)), m + ": entering on the month's last day is no finding");
        }
    }

    @EachDatabase
    void paidAfterTheOccupancyEndedIsPaidAfterExitAtTheLastExitsUnit(TestDb db) throws SQLException {
        for (String m : MONTHS) {
            Month month = new Month(m);
            long payer = db.unit("ORGAN", "瑞安市财政局", null);
            long before = db.unit("ORGAN", "瑞安市商务局", payer);
            long left = db.person("月初出编", "CIVIL_SERVANT");
            db.occupancy(left, payer, "ADMINISTRATIVE", "2020-01-01", month.first(), "Z1");
            long movedTwice = db.person("两次出编", "CIVIL_SERVANT");
            db.occupancy(movedTwice, payer, "ADMINISTRATIVE", "2018-01-01", "2019-01-01", "Z2");
            db.occupancy(movedTwice, before, "ADMINISTRATIVE", "2019-01-01", month.day(-10), "Z3");
            long leavesOnSecond = db.person("次日出编", "CIVIL_SERVANT");
            db.occupancy(leavesOnSecond, payer, "ADMINISTRATIVE", "2020-01-01", month.day(1), "Z4");
            pay(db, m, payer, idNumber(db, left), idNumber(db, movedTwice), idNumber(db, leavesOnSecond));

            assertEquals(Set.of(new Finding(PayrollRule.PAID_AFTER_EXIT, payer, idNumber(db, left), payer),
                            new Finding(PayrollRule.PAID_AFTER_EXIT, before, idNumber(db, movedTwice), payer)),
                    findings(db, m, pathOf(db, payer)), m + ": an occupancy ending on the month's second day held one day of it");
        }
    }

    @EachDatabase
    void anOccupancyForTheWholeMonthWithoutPayIsSuspected(TestDb db) throws SQLException {
        for (String m : MONTHS) {
            Month month = new Month(m);
            long unit = db.unit("ORGAN", "瑞安市审计局", null);
            long paid = db.person("已发薪", "CIVIL_SERVANT");
            db.occupancy(paid, unit, "ADMINISTRATIVE", "2020-01-01", null, "Z1");
            long unpaid = db.person("未发薪", "CIVIL_SERVANT");
            db.occupancy(unpaid, unit, "ADMINISTRATIVE", month.first(), null, "Z2");
            long leavesNextMonth = db.person("下月出编", "CIVIL_SERVANT");
            db.occupancy(leavesNextMonth, unit, "ADMINISTRATIVE", "2020-01-01", month.end(), "Z3");
            long entersOnSecond = db.person("次日进编", "CIVIL_SERVANT");
            db.occupancy(entersOnSecond, unit, "ADMINISTRATIVE", month.day(1), null, "Z4");
            long leavesOnLastDay = db.person("月末出编", "CIVIL_SERVANT");
            db.occupancy(leavesOnLastDay, unit, "ADMINISTRATIVE", "2020-01-01", month.lastDay(), "Z5");
            pay(db, m, unit, idNumber(db, paid));

            assertEquals(Set.of(new Finding(PayrollRule.OCCUPANCY_NOT_PAID, unit, idNumber(db, unpaid), null),
                            new Finding(PayrollRule.OCCUPANCY_NOT_PAID, unit, idNumber(db, leavesNextMonth), null)),
                    findings(db, m, pathOf(db, unit)), m + ": only occupancies of the whole month are expected to be paid");
        }
    }

    @EachDatabase
    void unpaidOccupantsAreLookedForOnlyInTheRegionsTheListPaysIn(TestDb db) throws SQLException {
        long payer = db.unit("ORGAN", "瑞安市审计局", null);
        long county = db.unit("ORGAN", "文成县审计局", null);
        db.update("update unit_version set region_code = '330328' where unit_id = ?", county);
        // the unit moves into the paid region only after the month: in the month it was still elsewhere
        long movesLater = db.unit("ORGAN", "文成县统计局", null);
        db.update("update unit_version set region_code = '330328', valid_to = ? where unit_id = ?", TestDb.date("2026-06-01"), movesLater);
        db.update("insert into unit_version (id, unit_id, name, kind, region_code, admin_level, funding, valid_from, recorded_by,"
                + " recorded_at) values (?, ?, '瑞安市统计局', 'ORGAN', '330381', 'COUNTY', 'FULL', ?, 'test', ?)",
                TestDb.nextId(), movesLater, TestDb.date("2026-06-01"), Instant.now());
        long here = db.person("本地未发薪", "CIVIL_SERVANT");
        db.occupancy(here, payer, "ADMINISTRATIVE", "2020-01-01", null, "Z1");
        long there = db.person("外县未发薪", "CIVIL_SERVANT");
        db.occupancy(there, county, "ADMINISTRATIVE", "2020-01-01", null, "Z2");
        long movedThere = db.person("后迁未发薪", "CIVIL_SERVANT");
        db.occupancy(movedThere, movesLater, "ADMINISTRATIVE", "2020-01-01", null, "Z3");
        pay(db, "2026-05", payer, "990000" + TestDb.nextId());
        pay(db, "2026-06", payer, "990000" + TestDb.nextId());

        assertEquals(Set.of(idNumber(db, here)), unpaid(findings(db, "2026-05", null)), "in May 330328 was paid nowhere");
        assertEquals(Set.of(idNumber(db, here), idNumber(db, movedThere)), unpaid(findings(db, "2026-06", null)),
                "in June the second unit is in 330381, where the list pays");
    }

    @EachDatabase
    void paidByAUnitHoldingNoneOfTheMonthsOccupanciesIsAMismatchAtTheLatestOccupancy(TestDb db) throws SQLException {
        for (String m : MONTHS) {
            Month month = new Month(m);
            long government = db.unit("ORGAN", "瑞安市人民政府", null);
            long payer = db.unit("ORGAN", "瑞安市财政局", government);
            long quotaUnit = db.unit("ORGAN", "瑞安市统计局", government);
            long laterUnit = db.unit("ORGAN", "瑞安市商务局", government);
            long elsewhere = db.person("他单位", "CIVIL_SERVANT");
            db.occupancy(elsewhere, quotaUnit, "ADMINISTRATIVE", "2020-01-01", null, "Z1");
            long twoElsewhere = db.person("两处编制", "CIVIL_SERVANT");
            db.occupancy(twoElsewhere, quotaUnit, "ADMINISTRATIVE", "2020-01-01", null, "Z2");
            db.occupancy(twoElsewhere, laterUnit, "ADMINISTRATIVE", "2022-01-01", null, "Z3");
            long movedIn = db.person("月中调入", "CIVIL_SERVANT");
            db.occupancy(movedIn, quotaUnit, "ADMINISTRATIVE", "2020-01-01", month.day(14), "Z4");
            db.occupancy(movedIn, payer, "ADMINISTRATIVE", month.day(14), null, "Z5");
            long movedOutOnLastDay = db.person("月末调出", "CIVIL_SERVANT");
            db.occupancy(movedOutOnLastDay, payer, "ADMINISTRATIVE", "2020-01-01", month.lastDay(), "Z6");
            db.occupancy(movedOutOnLastDay, quotaUnit, "ADMINISTRATIVE", month.lastDay(), null, "Z7");
            pay(db, m, payer, idNumber(db, elsewhere), idNumber(db, twoElsewhere), idNumber(db, movedIn), idNumber(db, movedOutOnLastDay));

            Set<Finding> found = findings(db, m, pathOf(db, government));
            found.removeIf(f -> f.rule() == PayrollRule.OCCUPANCY_NOT_PAID);
            assertEquals(Set.of(new Finding(PayrollRule.PAYING_UNIT_MISMATCH, quotaUnit, idNumber(db, elsewhere), payer),
                            new Finding(PayrollRule.PAYING_UNIT_MISMATCH, laterUnit, idNumber(db, twoElsewhere), payer)),
                    found, m + ": a payer holding the occupancy on any day of the month is no mismatch");
        }
    }

    @EachDatabase
    void aUnitFilterKeepsFindingsByTheirUnitThePayerForThoseWithoutOccupancy(TestDb db) throws SQLException {
        long bureau = db.unit("ORGAN", "瑞安市财政局", null);
        long office = db.unit("INSTITUTION", "瑞安市财政局会计核算中心", bureau);
        long other = db.unit("ORGAN", "瑞安市统计局", null);
        long mismatched = db.person("他单位", "CIVIL_SERVANT");
        db.occupancy(mismatched, office, "PUBLIC_INSTITUTION", "2020-01-01", null, "Z1");
        long noQuota = db.person("无编", "CIVIL_SERVANT");
        pay(db, "2026-06", other, idNumber(db, mismatched));
        pay(db, "2026-06", office, idNumber(db, noQuota));

        Set<Finding> both = Set.of(new Finding(PayrollRule.PAYING_UNIT_MISMATCH, office, idNumber(db, mismatched), other),
                new Finding(PayrollRule.PAID_WITHOUT_OCCUPANCY, office, idNumber(db, noQuota), office));
        assertEquals(both, findings(db, "2026-06", pathOf(db, bureau)), "a subordinate unit's findings belong to the bureau's subtree");
        assertEquals(both, findings(db, "2026-06", null));
        assertEquals(Set.of(), findings(db, "2026-06", pathOf(db, other)), "the payer of a mismatch does not see it");
    }

    // --- the month, the list, the query ---------------------------------------------------------------------------------

    /** A month's days as ISO strings: its first, its last, the next month's first, the first plus n. */
    record Month(YearMonth value) {
        Month(String iso) {
            this(YearMonth.parse(iso));
        }

        String first() {
            return value.atDay(1).toString();
        }

        String day(int plus) {
            return value.atDay(1).plusDays(plus).toString();
        }

        String lastDay() {
            return value.atEndOfMonth().toString();
        }

        String end() {
            return value.plusMonths(1).atDay(1).toString();
        }
    }

    private static void pay(TestDb db, String month, long unit, String... idNumbers) throws SQLException {
        long job = TestDb.nextId();
        db.update("insert into import_job (id, kind, mode, state, file_bytes, basis_document, submitted_by, submitted_at, progress,"
                + " rows_read, rows_rejected, rows_created, rows_updated, rows_unchanged, cancel_requested) values"
                + " (?, 'PAYROLL', 'ALL_OR_NOTHING', 'DONE', 0, '测试', 'test', ?, 1, 0, 0, 0, 0, 0, false)", job, Instant.now());
        int row = 0;
        for (String id : idNumbers) {
            db.update("insert into payroll_entry (pay_month, unit_id, id_number, name, import_job_id, row_no, imported_by, imported_at)"
                    + " values (?, ?, ?, '名单姓名', ?, ?, 'test', ?)", YearMonth.parse(month).atDay(1), unit, id, job, ++row, Instant.now());
        }
    }

    private static String idNumber(TestDb db, long person) throws SQLException {
        return Sql.list(db.connection(), "select id_number from person where id = ?", r -> r.getString(1), person).get(0);
    }

    private static String pathOf(TestDb db, long unit) throws SQLException {
        return Sql.list(db.connection(), "select path from unit where id = ?", r -> r.getString(1), unit).get(0);
    }

    private static Set<String> unpaid(Set<Finding> found) {
        Set<String> ids = new HashSet<>();
        for (Finding f : found) if (f.rule() == PayrollRule.OCCUPANCY_NOT_PAID) ids.add(f.idNumber());
        return ids;
    }

    /** The month's findings as the repository asks for them: regions first, and no unpaid branch when no region is paid. */
    private static Set<Finding> findings(TestDb db, String month, String unitPath) throws SQLException {
        PayMonth m = PayMonth.parse(month);
        List<String> regions = new FindingQueries(m).regions().list(db.connection(), r -> r.getString(1));
        List<PayrollRule> rules = new ArrayList<>(Arrays.asList(PayrollRule.values()));
        if (regions.isEmpty()) rules.remove(PayrollRule.OCCUPANCY_NOT_PAID);
        SqlQuery q = new SqlQuery("select f.rule_no, f.unit_id, f.id_number, f.paying_unit_id from (")
                .and(new FindingQueries(m).union(rules, regions, unitPath)).and(") f");
        return new HashSet<>(q.list(db.connection(), r -> new Finding(PayrollRule.values()[r.getInt(1) - 1], r.getLong(2), r.getString(3),
                r.getObject(4) == null ? null : r.getLong(4))));
    }
}
