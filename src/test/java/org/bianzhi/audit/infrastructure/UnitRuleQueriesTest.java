package org.bianzhi.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianzhi.audit.domain.Breach;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/** The unit-wide rules' SQL (OVER_QUOTA, OVER_LEADERSHIP, QUOTA_TYPE_MISUSE of approvals) on their cases and near misses. */
class UnitRuleQueriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @EachDatabase
    void theLatestEntrantsAreBeyondTheQuotaByEntryDateThenNoticeNumber(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市审计局", null);
        db.quota(organ, "ADMINISTRATIVE", 1, "2020-01-01", null);
        db.quota(organ, "POLITICAL_LEGAL", 5, "2020-01-01", null);   // another type's vacancies do not help
        long first = db.occupancy(db.person("郑一", "CIVIL_SERVANT"), organ, "ADMINISTRATIVE", "2021-01-01", null, "Z2021-0001");
        long sameDayLowerNotice = db.person("郑二", "CIVIL_SERVANT");
        long sameDayHigherNotice = db.person("郑三", "CIVIL_SERVANT");
        long leftAlready = db.person("郑四", "CIVIL_SERVANT");
        db.occupancy(sameDayHigherNotice, organ, "ADMINISTRATIVE", "2022-03-01", null, "Z2022-0010");
        db.occupancy(sameDayLowerNotice, organ, "ADMINISTRATIVE", "2022-03-01", null, "Z2022-0002");
        db.occupancy(leftAlready, organ, "ADMINISTRATIVE", "2023-01-01", "2026-06-30", "Z2023-0001");

        List<Breach> found = queries(db, TODAY, null).overQuota();

        assertEquals(1, found.size(), found::toString);
        Breach b = found.get(0);
        assertEquals(List.of(organ, "ADMINISTRATIVE"), List.of(b.unitId(), b.subject()));
        assertEquals("核定行政编制 1 名，实有 3 名，超编 2 名（超出人员按入编时间最晚计）", b.message());
        assertEquals(List.of(sameDayHigherNotice, sameDayLowerNotice), b.personIds(), "the first entrant " + first + " stays within");
    }

    @EachDatabase
    void overQuotaFollowsEntriesExitsAndAQuotaCutDayByDay(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市统计局", null);
        db.quota(organ, "ADMINISTRATIVE", 2, "2020-01-01", "2026-01-01");
        db.quota(organ, "ADMINISTRATIVE", 1, "2026-01-01", null);          // cut to 1
        long a = db.person("甲", "CIVIL_SERVANT");
        long b = db.person("乙", "CIVIL_SERVANT");
        long c = db.person("丙", "CIVIL_SERVANT");
        db.occupancy(a, organ, "ADMINISTRATIVE", "2021-01-01", null, "Z2021-0001");
        db.occupancy(b, organ, "ADMINISTRATIVE", "2022-03-01", "2026-05-01", "Z2022-0001");  // last day 04-30
        db.occupancy(c, organ, "ADMINISTRATIVE", "2026-03-01", null, "Z2026-0001");

        for (LocalDate d : TestDb.daysAround("2026-01-01", "2026-03-01", "2026-05-01")) {
            List<Long> expected;
            if (d.isBefore(LocalDate.of(2026, 1, 1))) expected = List.of();
            else if (d.isBefore(LocalDate.of(2026, 3, 1))) expected = List.of(b);
            else if (d.isBefore(LocalDate.of(2026, 5, 1))) expected = List.of(c, b);
            else expected = List.of(c);
            List<List<Long>> found = queries(db, d, null).overQuota().stream().map(Breach::personIds).toList();
            assertEquals(expected.isEmpty() ? List.of() : List.of(expected), found, "as of " + d);
        }
    }

    @EachDatabase
    void aTypeWithoutAnyApprovalIsOverFromItsFirstOccupantAndTheUnitScopeLimitsTheCheck(TestDb db) throws SQLException {
        long centre = db.unit("INSTITUTION", "瑞安市社会救助服务中心", null);
        long other = db.unit("ORGAN", "瑞安市信访局", null);
        db.quota(centre, "PUBLIC_INSTITUTION", 10, "2020-01-01", null);
        long misplaced = db.person("冯一", "CIVIL_SERVANT");
        db.occupancy(misplaced, centre, "ADMINISTRATIVE", "2020-05-01", null, "Z2020-0101");
        db.occupancy(db.person("冯二", "INSTITUTION_STAFF"), centre, "PUBLIC_INSTITUTION", "2020-05-01", null, "Z2020-0102");

        List<Breach> found = queries(db, TODAY, null).overQuota();
        assertEquals(List.of("核定行政编制 0 名，实有 1 名，超编 1 名（超出人员按入编时间最晚计）"), found.stream().map(Breach::message).toList());
        assertEquals(List.of(misplaced), found.get(0).personIds());
        assertEquals(1, queries(db, TODAY, Set.of(centre, other)).overQuota().size());
        assertEquals(List.of(), queries(db, TODAY, Set.of(other)).overQuota());
        assertEquals(List.of(), queries(db, TODAY, Set.of()).overQuota(), "an empty scope checks nothing");
    }

    @EachDatabase
    void overLeadershipNamesEveryCurrentHolderOfTheCategory(TestDb db) throws SQLException {
        long bureau = db.unit("ORGAN", "瑞安市司法局", null);
        db.leadership(bureau, "UNIT_DEPUTY", 1, "2020-01-01");
        db.leadership(bureau, "UNIT_PRINCIPAL", 1, "2020-01-01");
        long x = db.person("副一", "CIVIL_SERVANT");
        long y = db.person("副二", "CIVIL_SERVANT");
        long z = db.person("副三", "CIVIL_SERVANT");
        db.appointment(x, bureau, "UNIT_DEPUTY", "2024-01-01", null);
        db.appointment(y, bureau, "UNIT_DEPUTY", "2025-01-01", "2026-03-01");
        db.appointment(z, bureau, "UNIT_DEPUTY", "2026-02-01", null);
        db.appointment(db.person("正一", "CIVIL_SERVANT"), bureau, "UNIT_PRINCIPAL", "2024-01-01", null);

        for (LocalDate d : TestDb.daysAround("2025-01-01", "2026-02-01", "2026-03-01")) {
            List<Long> expected;
            if (d.isBefore(LocalDate.of(2025, 1, 1))) expected = List.of();
            else if (d.isBefore(LocalDate.of(2026, 2, 1))) expected = List.of(x, y);
            else if (d.isBefore(LocalDate.of(2026, 3, 1))) expected = List.of(x, y, z);
            else expected = List.of(x, z);
            List<Breach> found = queries(db, d, null).overLeadership();
            assertEquals(expected.isEmpty() ? List.of() : List.of(expected), found.stream().map(Breach::personIds).toList(), "as of " + d);
        }
        Breach three = queries(db, LocalDate.of(2026, 2, 15), null).overLeadership().get(0);
        assertEquals(List.of(bureau, "UNIT_DEPUTY"), List.of(three.unitId(), three.subject()));
        assertEquals("核定单位副职职数 1 名，实配 3 名，超职数配备 2 名", three.message());
    }

    @EachDatabase
    void aHolderOfACategoryWithoutApprovedPositionsIsOverLeadership(TestDb db) throws SQLException {
        long bureau = db.unit("ORGAN", "瑞安市统计局", null);
        db.leadership(bureau, "UNIT_PRINCIPAL", 1, "2020-01-01");
        long head = db.person("科长", "CIVIL_SERVANT");
        db.appointment(head, bureau, "DEPT_PRINCIPAL", "2024-01-01", null);

        List<Breach> found = queries(db, TODAY, null).overLeadership();
        assertEquals(List.of("核定内设机构正职职数 0 名，实配 1 名，超职数配备 1 名"), found.stream().map(Breach::message).toList());
        assertEquals(List.of(head), found.get(0).personIds());
        assertEquals(List.of(), queries(db, LocalDate.of(2023, 12, 31), null).overLeadership(), "not yet appointed");
    }

    @EachDatabase
    void anApprovalOfATypeTheUnitsKindMayNotHaveIsMisused(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市民政局", null);
        long centre = db.unit("INSTITUTION", "瑞安市社会救助服务中心", organ);
        db.quota(organ, "PUBLIC_INSTITUTION", 3, "2020-01-01", null);
        db.quota(organ, "ORGAN_WORKER", 2, "2020-01-01", null);           // allowed in an organ
        db.quota(organ, "POLITICAL_LEGAL", 2, "2020-01-01", null);        // allowed in an organ
        db.quota(centre, "ADMINISTRATIVE", 1, "2020-01-01", null);
        db.quota(centre, "ORGAN_WORKER", 0, "2020-01-01", null);          // none approved: nothing misused
        db.quota(centre, "PUBLIC_INSTITUTION", 8, "2020-01-01", null);
        db.quota(centre, "POLITICAL_LEGAL", 4, "2020-01-01", "2026-06-30"); // withdrawn on the day

        List<String> found = queries(db, TODAY, null).misusedApprovals().stream()
                .map(b -> b.unitId() + " " + b.subject() + " " + b.message()).sorted().toList();

        assertEquals(List.of(organ + " PUBLIC_INSTITUTION 机关核定了事业编制 3 名；事业编制只能核定给事业单位",
                centre + " ADMINISTRATIVE 事业单位核定了行政编制 1 名；行政编制只能核定给机关").stream().sorted().toList(), found);
        assertEquals(1, queries(db, TODAY, Set.of(centre)).misusedApprovals().size());
        assertEquals(3, queries(db, LocalDate.of(2026, 6, 29), null).misusedApprovals().size(), "the day before the withdrawal");
    }

    @EachDatabase
    void theUnitsKindInForceOnTheDateDecidesWhetherAnApprovalIsMisused(TestDb db) throws SQLException {
        // an institution turned into an organ on 2026-01-01: its administrative quota is misused only before that
        long unit = db.unit("INSTITUTION", "瑞安市综合行政执法队", null);
        db.update("update unit_version set valid_to = ? where unit_id = ?", TestDb.date("2026-01-01"), unit);
        db.update("insert into unit_version (id, unit_id, name, kind, parent_id, region_code, admin_level, funding, valid_from,"
                + " recorded_by, recorded_at) values (?, ?, '瑞安市综合行政执法局', 'ORGAN', null, '330381', 'COUNTY', 'FULL', ?, 'test', ?)",
                TestDb.nextId(), unit, TestDb.date("2026-01-01"), java.time.Instant.now());
        db.quota(unit, "ADMINISTRATIVE", 6, "2025-07-01", null);

        for (LocalDate d : TestDb.daysAround("2026-01-01")) {
            assertEquals(d.isBefore(LocalDate.of(2026, 1, 1)) ? 1 : 0, queries(db, d, null).misusedApprovals().size(), "as of " + d);
        }
    }

    private static UnitRuleQueries queries(TestDb db, LocalDate d, Set<Long> units) {
        return new UnitRuleQueries(db.connection(), d, units);
    }
}
