package org.bianzhi.reports.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianzhi.reports.infrastructure.ReportQueries.PerUnit;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/** The vacancy and leadership reports' grouped SQL: approved, occupied, reserved and holders per unit and key, as of a date. */
class ReportQueriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    /** A bureau with an office and a centre under it, and a unit beside it (outside the bureau's subtree). */
    private record County(long bureau, long office, long centre, long beside, String path) {}

    private static County county(TestDb db) throws SQLException {
        long bureau = db.unit("ORGAN", "瑞安市人力资源和社会保障局", null);
        long office = db.unit("ORGAN", "瑞安市公务员管理办公室", bureau);
        long centre = db.unit("INSTITUTION", "瑞安市人才服务中心", bureau);
        long beside = db.unit("ORGAN", "瑞安市统计局", null);
        db.quota(bureau, "ADMINISTRATIVE", 3, "2020-01-01", null);
        db.quota(office, "ADMINISTRATIVE", 4, "2020-01-01", "2026-01-01");
        db.quota(office, "ADMINISTRATIVE", 2, "2026-01-01", null);       // cut to 2 while 3 people stay
        db.quota(centre, "PUBLIC_INSTITUTION", 5, "2020-01-01", null);
        db.quota(beside, "ADMINISTRATIVE", 1, "2020-01-01", null);
        occupants(db, bureau, "ADMINISTRATIVE", 1, null);
        occupants(db, office, "ADMINISTRATIVE", 3, null);
        occupants(db, centre, "PUBLIC_INSTITUTION", 1, null);
        occupants(db, centre, "PUBLIC_INSTITUTION", 1, "2026-03-01");  // left: last day 02-28
        occupants(db, beside, "ADMINISTRATIVE", 1, null);
        return new County(bureau, office, centre, beside, "/" + bureau + "/");
    }

    @EachDatabase
    void approvedAndOccupiedArePerUnitAndTypeInForceOnTheDateWithinTheSubtree(TestDb db) throws SQLException {
        County c = county(db);
        ReportQueries q = ReportQueriesOver.db(db);

        assertEquals(Set.of(c.bureau() + " ADMINISTRATIVE 3", c.office() + " ADMINISTRATIVE 2", c.centre() + " PUBLIC_INSTITUTION 5"),
                lines(q.quotasApproved(c.path(), TODAY)));
        assertEquals(Set.of(c.bureau() + " ADMINISTRATIVE 1", c.office() + " ADMINISTRATIVE 3", c.centre() + " PUBLIC_INSTITUTION 1"),
                lines(q.occupied(c.path(), TODAY)));
        assertEquals(Set.of(c.office() + " ADMINISTRATIVE 3"), lines(q.occupied("/" + c.bureau() + "/" + c.office() + "/", TODAY)));
        assertEquals(Set.of(c.beside() + " ADMINISTRATIVE 1"), lines(q.occupied("/" + c.beside() + "/", TODAY)));
        for (LocalDate d : TestDb.daysAround("2026-01-01", "2026-03-01")) {
            assertEquals(d.isBefore(LocalDate.of(2026, 1, 1)) ? 4 : 2, value(q.quotasApproved(c.path(), d), c.office()), "approved as of " + d);
            assertEquals(d.isBefore(LocalDate.of(2026, 3, 1)) ? 2 : 1, value(q.occupied(c.path(), d), c.centre()), "occupied as of " + d);
        }
        assertEquals(Set.of(), lines(q.occupied(c.path(), LocalDate.of(2020, 12, 31))), "nobody had entered yet");
    }

    @EachDatabase
    void reservedSlotsAreAnApprovedPlansSlotsLessItsNoticesUntilItExpires(TestDb db) throws SQLException {
        County c = county(db);
        long plan = plan(db, c.bureau(), 2, "APPROVED", "2026-02-01", "2026-12-31");
        plan(db, c.bureau(), 5, "APPLIED", null, null);                       // not approved: reserves nothing
        plan(db, c.bureau(), 5, "REJECTED", "2026-02-01", "2026-12-31");
        long usedUp = plan(db, c.office(), 1, "APPROVED", "2026-02-01", "2026-12-31");
        notice(db, c.bureau(), plan, "2026-04-01");
        notice(db, c.office(), usedUp, "2026-03-01");
        notice(db, c.office(), usedUp, "2026-03-02");                         // one more notice than slots: never below zero
        ReportQueries q = ReportQueriesOver.db(db);

        for (LocalDate d : TestDb.daysAround("2026-02-01", "2026-04-01", "2027-01-01")) {
            int expected = d.isBefore(LocalDate.of(2026, 2, 1)) || d.isAfter(LocalDate.of(2026, 12, 31)) ? 0
                    : d.isBefore(LocalDate.of(2026, 4, 1)) ? 2 : 1;
            assertEquals(expected, value(q.reserved(c.path(), d), c.bureau()), "reserved as of " + d);
        }
        assertEquals(Set.of(c.bureau() + " ADMINISTRATIVE 1", c.office() + " ADMINISTRATIVE 0"), lines(q.reserved(c.path(), TODAY)));
        assertEquals(Set.of(c.bureau() + " ADMINISTRATIVE 2", c.office() + " ADMINISTRATIVE 1"), lines(q.reserved(c.path(), LocalDate.of(2026, 2, 28))));
        assertEquals(Set.of(), lines(q.reserved("/" + c.beside() + "/", TODAY)));
    }

    @EachDatabase
    void leadershipApprovedAndHoldersArePerCategoryInForceOnTheDate(TestDb db) throws SQLException {
        long bureau = db.unit("ORGAN", "瑞安市统计局", null);
        db.leadership(bureau, "UNIT_PRINCIPAL", 1, "2020-01-01");
        db.leadership(bureau, "UNIT_DEPUTY", 2, "2020-01-01");
        db.appointment(db.person("正", "CIVIL_SERVANT"), bureau, "UNIT_PRINCIPAL", "2024-01-01", null);
        db.appointment(db.person("副", "CIVIL_SERVANT"), bureau, "UNIT_DEPUTY", "2024-01-01", null);
        db.appointment(db.person("科", "CIVIL_SERVANT"), bureau, "DEPT_PRINCIPAL", "2024-01-01", null);
        db.appointment(db.person("前副", "CIVIL_SERVANT"), bureau, "UNIT_DEPUTY", "2020-01-01", "2024-01-01");
        ReportQueries q = ReportQueriesOver.db(db);
        String path = "/" + bureau + "/";

        assertEquals(Set.of(bureau + " UNIT_PRINCIPAL 1", bureau + " UNIT_DEPUTY 2"), lines(q.leadershipApproved(path, TODAY)));
        assertEquals(Set.of(bureau + " UNIT_PRINCIPAL 1", bureau + " UNIT_DEPUTY 1", bureau + " DEPT_PRINCIPAL 1"), lines(q.holders(path, TODAY)));
        assertEquals(Set.of(bureau + " UNIT_DEPUTY 1"), lines(q.holders(path, LocalDate.of(2023, 12, 31))), "before the appointments");
    }

    @EachDatabase
    void aUnitIsShownInItsStateOnTheDate(TestDb db) throws SQLException {
        long bureau = db.unit("ORGAN", "瑞安市人事局", null);
        db.update("update unit_version set valid_to = ? where unit_id = ?", TestDb.date("2026-01-01"), bureau);
        db.update("insert into unit_version (id, unit_id, name, kind, region_code, admin_level, funding, valid_from, recorded_by,"
                + " recorded_at) values (?, ?, '瑞安市人力资源和社会保障局', 'ORGAN', '330381', 'COUNTY', 'FULL', ?, 'test', ?)",
                TestDb.nextId(), bureau, TestDb.date("2026-01-01"), Instant.now());
        long later = db.unit("ORGAN", "瑞安市数据局", bureau, "COUNTY", "2027-01-01");
        ReportQueries q = ReportQueriesOver.db(db);
        String path = "/" + bureau + "/";

        assertEquals("瑞安市人事局", q.units(path, LocalDate.of(2025, 12, 31)).get(bureau).name());
        assertEquals("瑞安市人力资源和社会保障局", q.units(path, LocalDate.of(2026, 1, 1)).get(bureau).name());
        assertEquals(List.of(bureau, later), List.copyOf(q.units(path, TODAY).keySet()), "a unit set up later shows its first state");
        assertEquals(db.codeOf(later), q.units(path, TODAY).get(later).code());
    }

    private static void occupants(TestDb db, long unit, String type, int n, String to) throws SQLException {
        for (int i = 0; i < n; i++) {
            long p = db.person("人员" + i, type.equals("ADMINISTRATIVE") ? "CIVIL_SERVANT" : "INSTITUTION_STAFF");
            db.occupancy(p, unit, type, "2021-01-01", to, "Z2021-" + p % 10000);
        }
    }

    /** A staffing plan (用编计划) for administrative slots, decided on {@code decided} and valid until {@code until}. */
    private static long plan(TestDb db, long unit, int slots, String status, String decided, String until) throws SQLException {
        long id = TestDb.nextId();
        db.update("insert into staffing_plan (id, unit_id, quota_type, requested_count, status, applied_on, applied_by, decided_on,"
                + " valid_until, version) values (?, ?, 'ADMINISTRATIVE', ?, ?, ?, 'test', ?, ?, 0)",
                id, unit, slots, status, TestDb.date("2026-01-15"), TestDb.date(decided), TestDb.date(until));
        return id;
    }

    /** An increase notice issued against the plan on {@code issued}, with the occupancy it created. */
    private static void notice(TestDb db, long unit, long plan, String issued) throws SQLException {
        long person = db.person("新进", "CIVIL_SERVANT");
        long occupancy = db.occupancy(person, unit, "ADMINISTRATIVE", issued, null, "Z-" + person);
        long id = TestDb.nextId();
        db.update("insert into notice (id, number, kind, notice_year, serial, unit_id, quota_type, person_id, occupancy_id,"
                + " staffing_plan_id, effective_date, issued_on, issued_by, issued_at) values (?, ?, 'INCREASE', 2026, ?, ?,"
                + " 'ADMINISTRATIVE', ?, ?, ?, ?, ?, 'test', ?)", id, "Z-" + person, (int) (id % 1_000_000_000), unit, person, occupancy,
                plan, TestDb.date(issued), TestDb.date(issued), Instant.now());
    }

    private static Set<String> lines(List<PerUnit> rows) {
        return rows.stream().map(r -> r.unitId() + " " + r.key() + " " + r.value()).collect(Collectors.toSet());
    }

    private static int value(List<PerUnit> rows, long unit) {
        return rows.stream().filter(r -> r.unitId() == unit).mapToInt(PerUnit::value).sum();
    }
}
