package org.bianzhi.travel.statistics.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;
import org.bianzhi.travel.statistics.domain.StatisticsFacts.Case;
import org.bianzhi.travel.statistics.domain.StatisticsFacts.Document;
import org.bianzhi.travel.statistics.domain.StatisticsFacts.Filed;
import org.bianzhi.travel.statistics.domain.StatisticsFacts.Handling;
import org.bianzhi.travel.statistics.domain.StatisticsFacts.UnitRow;
import org.bianzhi.travel.infrastructure.TravelFixtures;

/** What the statistics forms count: filings and documents on the period's last day, cases and handlings within it, staff, units. */
class JdbcStatisticsFactsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @EachDatabase
    void filingsInForceOnTheDayAreCountedWithThePersonsFirstFilingDay(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long changed = db.person("变更备案", "CIVIL_SERVANT");
        t.filing(changed, "COUNTY_LEVEL_CADRE", "FILED", "2025-01-10", "2025-01-01", "2026-03-01");
        t.filing(changed, "TOWNSHIP_LEADER", "CHANGE_FILED", "2026-03-10", "2026-03-01", null);
        long endedOnTheDay = db.person("当日撤销", "CIVIL_SERVANT");
        t.filing(endedOnTheDay, "2026-01-01", DAY.toString());
        long filedNextDay = db.person("次日备案", "CIVIL_SERVANT");
        t.filing(filedNextDay, DAY.plusDays(1).toString(), null);

        assertEquals(List.of(new Filed(changed, "TOWNSHIP_LEADER", "CHANGE_FILED", LocalDate.of(2025, 1, 1))), stats(db).filedOn(DAY));
    }

    @EachDatabase
    void documentsCountWhileValidAndAreCollectedWhileHandedInAndNotReleased(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long p = db.person("持证人", "CIVIL_SERVANT");
        long held = t.document(p, "PASSPORT", "E1", "2026-01-01", null, null);
        t.move(held, "HAND_IN", "2026-01-05", null);
        long out = t.document(p, "HK_MACAO_PERMIT", "C2", "2026-01-01", null, null);
        t.move(out, "HAND_IN", "2026-01-06", null);
        t.move(out, "CHECK_OUT", DAY.toString(), t.approval(p, DAY.toString(), "2026-07-05", "2026-06-01", "香港"));
        long released = t.document(p, "TAIWAN_PERMIT", "T3", "2026-01-01", null, null);
        t.move(released, "HAND_IN", "2026-01-07", null);
        t.move(released, "RELEASE", "2026-03-01", null);
        long handedInLater = t.document(p, "PASSPORT", "E4", "2026-01-01", DAY.toString(), null);
        t.move(handedInLater, "HAND_IN", DAY.plusDays(1).toString(), null);
        t.document(p, "PASSPORT", "E5", "2026-01-01", null, DAY.plusDays(1).toString());
        t.document(p, "PASSPORT", "E6", "2026-01-01", DAY.minusDays(1).toString(), null);
        t.document(p, "PASSPORT", "E7", "2026-01-01", null, DAY.toString());
        t.document(p, "PASSPORT", "E8", DAY.plusDays(1).toString(), null, null);

        assertEquals(Set.of(
                        new Document(p, "PASSPORT", true, true, LocalDate.of(2026, 1, 5)),
                        new Document(p, "HK_MACAO_PERMIT", true, false, LocalDate.of(2026, 1, 6)),
                        new Document(p, "TAIWAN_PERMIT", false, false, LocalDate.of(2026, 1, 7)),
                        new Document(p, "PASSPORT", false, false, DAY.plusDays(1)),
                        new Document(p, "PASSPORT", false, false, null)),
                Set.copyOf(stats(db).documentsOn(DAY)), "expiring on the day counts; expired, cancelled on the day or declared later do not");
        assertEquals(5, stats(db).documentsOn(DAY).size(), "one row per document: E5 (cancelled only later) is not E4");
    }

    @EachDatabase
    void casesAndHandlingsCountWithinThePeriodBothEndsIncluded(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long p = db.person("受处理", "CIVIL_SERVANT");
        long first = t.travelCase(p, "UNAPPROVED_TRIP", "2026-01-01", "COUNTY");
        long last = t.travelCase(p, "UNDECLARED_TRIP", "2026-06-30", "COUNTY");
        long before = t.travelCase(p, "LAX_APPROVAL", "2025-12-31", "TOWNSHIP");
        t.handling(first, "CRITICISM", "2026-01-01");
        t.handling(last, "ADMONISHMENT", "2026-06-30");
        t.handling(before, "REFERRAL", "2025-12-31");
        t.handling(before, "DISMISSAL", "2026-07-01");
        LocalDate from = LocalDate.of(2026, 1, 1);

        assertEquals(Set.of(new Case(p, "UNAPPROVED_TRIP", from), new Case(p, "UNDECLARED_TRIP", DAY)), Set.copyOf(stats(db).casesFound(from, DAY)));
        assertEquals(Set.of(new Handling(p, "CRITICISM", "COUNTY", "UNAPPROVED_TRIP", from),
                new Handling(p, "ADMONISHMENT", "COUNTY", "UNDECLARED_TRIP", DAY)), Set.copyOf(stats(db).handlings(from, DAY)));
    }

    /** A case of 审批把关不严 is read with the unit (and person) it is charged to; charged to no unit, with an empty path. */
    @EachDatabase
    void laxApprovalCasesAreReadWithTheirResponsibleUnit(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long approving = db.unit("ORGAN", "县委组织部", null);
        long traveller = db.person("出行人", "CIVIL_SERVANT");
        long approver = db.person("审批人", "CIVIL_SERVANT");
        long charged = t.travelCase(traveller, "LAX_APPROVAL", "2026-03-01", "COUNTY");
        t.charge(charged, approving, approver);
        t.handling(charged, "CRITICISM", "2026-03-10");
        t.travelCase(traveller, "LAX_APPROVAL", "2026-04-01", "COUNTY");
        t.travelCase(traveller, "UNAPPROVED_TRIP", "2026-05-01", "COUNTY");
        LocalDate from = LocalDate.of(2026, 1, 1);

        assertEquals(Set.of(new Case(traveller, "LAX_APPROVAL", LocalDate.of(2026, 3, 1), path(db, approving), approver),
                new Case(traveller, "LAX_APPROVAL", LocalDate.of(2026, 4, 1), "", null),
                new Case(traveller, "UNAPPROVED_TRIP", LocalDate.of(2026, 5, 1))), Set.copyOf(stats(db).casesFound(from, DAY)));
        assertEquals(List.of(new Handling(traveller, "CRITICISM", "COUNTY", "LAX_APPROVAL", LocalDate.of(2026, 3, 10), path(db, approving), approver)),
                stats(db).handlings(from, DAY));
    }

    @EachDatabase
    void staffAreTheDistinctHoldersOfASlotOnTheDayPerUnit(TestDb db) throws SQLException {
        long bureau = db.unit("ORGAN", "瑞安市审计局", null);
        long centre = db.unit("INSTITUTION", "瑞安市审计中心", bureau);
        long twice = db.person("两个编制", "CIVIL_SERVANT");
        db.occupancy(twice, bureau, "ADMINISTRATIVE", "2020-01-01", null, "Z1");
        db.occupancy(twice, bureau, "ORGAN_WORKER", "2021-01-01", null, "Z2");
        long left = db.person("当日出编", "CIVIL_SERVANT");
        db.occupancy(left, bureau, "ADMINISTRATIVE", "2020-01-01", DAY.toString(), "Z3");
        long entering = db.person("当日进编", "INSTITUTION_STAFF");
        db.occupancy(entering, centre, "PUBLIC_INSTITUTION", DAY.toString(), null, "Z4");
        db.occupancy(db.person("次日进编", "INSTITUTION_STAFF"), centre, "PUBLIC_INSTITUTION", DAY.plusDays(1).toString(), null, "Z5");

        assertEquals(Map.of(path(db, bureau), 1L, path(db, centre), 1L), stats(db).staffByUnitPath(DAY));
    }

    @EachDatabase
    void unitRowsAreTheDirectChildrenInForceNamedAsOnTheDay(TestDb db) throws SQLException {
        long city = db.unit("ORGAN", "瑞安市人民政府", null);
        long renamed = db.unit("ORGAN", "瑞安市审计局", city);
        db.update("insert into unit_version (id, unit_id, name, kind, region_code, admin_level, funding, valid_from, recorded_by,"
                + " recorded_at) values (?, ?, '瑞安市审计局（新）', 'ORGAN', '330381', 'COUNTY', 'FULL', ?, 'test', ?)",
                TestDb.nextId(), renamed, TestDb.date("2026-07-01"), Instant.now());
        long grandchild = db.unit("INSTITUTION", "瑞安市审计中心", renamed);
        long abolished = db.unit("ORGAN", "瑞安市撤销局", city);
        db.update("update unit set abolished_on = ? where id = ?", DAY, abolished);
        db.unit("ORGAN", "瑞安市新设局", city, "COUNTY", "2026-07-01");

        assertEquals(List.of(renamed), stats(db).childrenOf(path(db, city), DAY).stream().map(UnitRow::id).toList(),
                "not the grandchild " + grandchild + ", not a unit abolished on the day or established after it");
        assertEquals("瑞安市审计局", stats(db).childrenOf(path(db, city), DAY).get(0).name());
        assertEquals(Optional.of("瑞安市审计局（新）"), stats(db).unitAt(path(db, renamed), DAY.plusDays(1)).map(UnitRow::name));
        assertEquals(Optional.empty(), stats(db).unitAt(path(db, renamed), LocalDate.of(2019, 12, 31)));
        Set<Long> top = new TreeSet<>();
        stats(db).childrenOf(null, DAY).forEach(u -> top.add(u.id()));
        assertEquals(Set.of(city), top, "the top-level units");
    }

    private static String path(TestDb db, long unit) throws SQLException {
        return org.bianzhi.shared.infrastructure.Sql.list(db.connection(), "select path from unit where id = ?", r -> r.getString(1), unit).get(0);
    }

    private static JdbcStatisticsFacts stats(TestDb db) {
        JdbcStatisticsFacts facts = new JdbcStatisticsFacts();
        facts.dataSource = db.dataSource();
        return facts;
    }
}
