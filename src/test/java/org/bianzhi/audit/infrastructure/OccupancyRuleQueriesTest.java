package org.bianzhi.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianzhi.audit.domain.Breach;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/** The rules about occupancies themselves (QUOTA_TYPE_MISUSE, DUPLICATE_OCCUPANCY, ENTRY_WITHOUT_NOTICE), straight in SQL. */
class OccupancyRuleQueriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @EachDatabase
    void anOccupancyOfATypeItsUnitsKindMayNotHaveIsMisused(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市民政局", null);
        long centre = db.unit("INSTITUTION", "瑞安市社会救助服务中心", organ);
        long adminInCentre = occupant(db, centre, "ADMINISTRATIVE", "2020-05-01", null);
        long institutionInOrgan = occupant(db, organ, "PUBLIC_INSTITUTION", "2020-05-01", null);
        // near misses: allowed types, and a misused occupancy that ended on the day
        occupant(db, organ, "ORGAN_WORKER", "2020-05-01", null);
        occupant(db, organ, "POLITICAL_LEGAL", "2020-05-01", null);
        occupant(db, centre, "PUBLIC_INSTITUTION", "2020-05-01", null);
        long ended = occupant(db, centre, "ORGAN_WORKER", "2020-05-01", "2026-06-30");

        List<Breach> found = queries(db, TODAY, null).misusedOccupancies();

        assertEquals(Set.of(adminInCentre + " " + centre + " 在事业单位占用行政编制；行政编制只能在机关使用",
                institutionInOrgan + " " + organ + " 在机关占用事业编制；事业编制只能在事业单位使用"),
                Set.copyOf(found.stream().map(b -> b.personId() + " " + b.unitId() + " " + b.message()).toList()));
        assertEquals(List.of(ended), people(queries(db, LocalDate.of(2026, 6, 29), Set.of(ended)).misusedOccupancies()));
        assertEquals(List.of(institutionInOrgan), people(queries(db, TODAY, Set.of(institutionInOrgan, ended)).misusedOccupancies()));
    }

    @EachDatabase
    void twoOccupanciesInForceOnTheSameDayAreADuplicateNamedOnTheLaterOnesUnit(TestDb db) throws SQLException {
        long audit = db.unit("ORGAN", "瑞安市审计局", null);
        long centre = db.unit("INSTITUTION", "瑞安市审计服务中心", audit);
        long twice = db.person("双编", "CIVIL_SERVANT");
        db.occupancy(twice, audit, "ADMINISTRATIVE", "2021-01-01", null, "Z2021-0001");
        db.occupancy(twice, centre, "PUBLIC_INSTITUTION", "2023-05-01", null, "Z2023-0001");
        // near miss: a transfer, the old occupancy ending the day the new one starts
        long moved = db.person("调动", "CIVIL_SERVANT");
        db.occupancy(moved, centre, "PUBLIC_INSTITUTION", "2021-01-01", "2024-03-01", "Z2021-0002");
        db.occupancy(moved, audit, "ADMINISTRATIVE", "2024-03-01", null, "Z2024-0001");

        List<Breach> found = queries(db, TODAY, null).duplicateOccupancies();

        assertEquals(List.of(twice), people(found));
        assertEquals(centre, found.get(0).unitId());
        assertEquals("同时占用 2 个编制：瑞安市审计局行政编制（2021-01-01 入编）；瑞安市审计服务中心事业编制（2023-05-01 入编）",
                found.get(0).message());
        for (LocalDate d : TestDb.daysAround("2024-03-01")) {
            assertEquals(List.of(), queries(db, d, Set.of(moved)).duplicateOccupancies(), "as of " + d);
        }
        assertEquals(List.of(), queries(db, TODAY, Set.of(moved)).duplicateOccupancies());
    }

    @EachDatabase
    void anOverlapOfOneDayIsADuplicateOnThatDayOnly(TestDb db) throws SQLException {
        long audit = db.unit("ORGAN", "瑞安市审计局", null);
        long finance = db.unit("ORGAN", "瑞安市财政局", null);
        long person = db.person("重叠", "CIVIL_SERVANT");
        db.occupancy(person, finance, "ADMINISTRATIVE", "2021-01-01", "2024-03-01", "Z2021-0003");
        db.occupancy(person, audit, "ADMINISTRATIVE", "2024-02-29", null, "Z2024-0002");

        for (LocalDate d : TestDb.daysAround("2024-02-29")) {
            List<Breach> found = queries(db, d, Set.of(person)).duplicateOccupancies();
            assertEquals(d.equals(LocalDate.of(2024, 2, 29)) ? List.of(person) : List.of(), people(found), "as of " + d);
        }
    }

    @EachDatabase
    void anOccupancyWithoutAnIncreaseNoticeNumberIsAnEntryWithoutNotice(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市民政局", null);
        long none = db.person("无单一", "CIVIL_SERVANT");
        db.occupancy(none, organ, "ADMINISTRATIVE", "2021-01-01", null, null);
        long blank = db.person("无单二", "CIVIL_SERVANT");
        db.occupancy(blank, organ, "ADMINISTRATIVE", "2021-02-01", null, "");
        long withNotice = db.person("有单", "CIVIL_SERVANT");
        db.occupancy(withNotice, organ, "ADMINISTRATIVE", "2021-01-01", null, "Z2021-0001");
        long left = db.person("已调出", "CIVIL_SERVANT");
        db.occupancy(left, organ, "ADMINISTRATIVE", "2021-01-01", "2026-06-30", null);

        List<Breach> found = queries(db, TODAY, null).entriesWithoutNotice();

        assertEquals(Set.of(none, blank), Set.copyOf(people(found)));
        assertEquals("2021-01-01 入编占用行政编制，没有增人通知单号",
                found.stream().filter(b -> b.personId() == none).findFirst().orElseThrow().message());
        assertEquals(List.of(left), people(queries(db, LocalDate.of(2026, 6, 29), Set.of(left, withNotice)).entriesWithoutNotice()));
        assertEquals(List.of(), queries(db, LocalDate.of(2020, 12, 31), Set.of(none)).entriesWithoutNotice(), "not yet entered");
    }

    /** A person occupying the unit's quota of {@code type}. */
    private static long occupant(TestDb db, long unit, String type, String from, String to) throws SQLException {
        long p = db.person("人员" + TestDb.nextId() % 1000, "CIVIL_SERVANT");
        db.occupancy(p, unit, type, from, to, "Z2020-" + p % 10000);
        return p;
    }

    private static List<Long> people(List<Breach> found) {
        return found.stream().map(Breach::personId).toList();
    }

    private static PersonRuleQueries queries(TestDb db, LocalDate d, Set<Long> people) {
        return new PersonRuleQueries(db.connection(), d, people);
    }
}
