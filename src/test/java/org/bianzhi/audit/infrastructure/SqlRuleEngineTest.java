package org.bianzhi.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bianzhi.audit.domain.AuditScope;
import org.bianzhi.audit.domain.Breach;
import org.bianzhi.audit.domain.Rule;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/** The engine's scoping in SQL: a unit subtree, the people and units a change touched, and who is at a unit on a date. */
class SqlRuleEngineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    /** A bureau and its centre, each over its quota by one, and a bureau beside them also over by one. */
    private record County(long bureau, long centre, long beside, long bureauExtra, long centreExtra, long besideExtra) {}

    private static County county(TestDb db) throws SQLException {
        long bureau = db.unit("ORGAN", "瑞安市人力资源和社会保障局", null);
        long centre = db.unit("INSTITUTION", "瑞安市人才服务中心", bureau);
        long beside = db.unit("ORGAN", "瑞安市统计局", null);
        return new County(bureau, centre, beside, overByOne(db, bureau, "ADMINISTRATIVE"), overByOne(db, centre, "PUBLIC_INSTITUTION"),
                overByOne(db, beside, "ADMINISTRATIVE"));
    }

    /** Approves one slot and fills two; answers the second, who is beyond the quota. */
    private static long overByOne(TestDb db, long unit, String type) throws SQLException {
        db.quota(unit, type, 1, "2020-01-01", null);
        String identity = type.equals("ADMINISTRATIVE") ? "CIVIL_SERVANT" : "INSTITUTION_STAFF";
        db.occupancy(db.person("先", identity), unit, type, "2021-01-01", null, "Z2021-" + unit % 10000);
        long second = db.person("后", identity);
        db.occupancy(second, unit, type, "2022-01-01", null, "Z2022-" + unit % 10000);
        return second;
    }

    @EachDatabase
    void aSubtreeViewHasTheFindingsNamedOnTheUnitAndItsSubordinatesOnly(TestDb db) throws SQLException {
        County c = county(db);
        String bureauPath = "/" + c.bureau() + "/";

        List<Breach> found = engine(db, 12).breaches(TODAY, AuditScope.subtree(bureauPath), EnumSet.allOf(Rule.class));

        assertEquals(Set.of(c.bureau(), c.centre()), units(found));
        assertEquals(Set.of(c.centre()), units(engine(db, 12).breaches(TODAY, AuditScope.subtree(bureauPath + c.centre() + "/"),
                Set.of(Rule.OVER_QUOTA))));
    }

    @EachDatabase
    void aChangeIsReEvaluatedForTheUnitsAndPeopleItTouchedOnly(TestDb db) throws SQLException {
        County c = county(db);
        long contractor = db.person("编外", "NON_ESTABLISHMENT");
        db.posting(contractor, c.beside(), "ADMINISTRATIVE_POST", "REGULAR", "2024-01-01", null, null, null);

        List<Breach> found = engine(db, 12).breaches(TODAY, AuditScope.touched(Set.of(contractor), Set.of(c.centre())),
                EnumSet.of(Rule.OVER_QUOTA, Rule.NO_QUOTA_IN_ADMIN_POST));

        assertEquals(Set.of("OVER_QUOTA " + c.centre() + " " + c.centreExtra(), "NO_QUOTA_IN_ADMIN_POST " + c.beside() + " " + contractor),
                Set.copyOf(found.stream().map(b -> b.rule() + " " + b.unitId() + " " + b.personIds().get(0)).toList()));
        assertEquals(List.of(), engine(db, 12).breaches(TODAY, AuditScope.touched(Set.of(c.bureauExtra()), Set.of()),
                EnumSet.of(Rule.OVER_QUOTA)), "a unit-wide rule follows the units touched, not the people");
    }

    @EachDatabase
    void theConfiguredSecondmentLimitReachesTheRule(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市民政局", null);
        long seconded = db.person("借调", "INSTITUTION_STAFF");
        db.posting(seconded, organ, "ADMINISTRATIVE_POST", "SECONDMENT", "2025-10-01", null, "2026-12-31", "瑞委办〔2025〕9号");

        assertEquals(List.of(), engine(db, 12).breaches(TODAY, AuditScope.all(), EnumSet.of(Rule.SECONDMENT_OVERDUE)));
        assertEquals(List.of(seconded), engine(db, 6).breaches(TODAY, AuditScope.all(), EnumSet.of(Rule.SECONDMENT_OVERDUE))
                .stream().map(Breach::personId).toList());
    }

    @EachDatabase
    void thePeopleAtAUnitAreThoseWithARecordThereInForceOnTheDate(TestDb db) throws SQLException {
        long bureau = db.unit("ORGAN", "瑞安市司法局", null);
        long other = db.unit("ORGAN", "瑞安市财政局", null);
        long occupant = db.person("占编", "CIVIL_SERVANT");
        db.occupancy(occupant, bureau, "ADMINISTRATIVE", "2021-01-01", null, "Z2021-0001");
        long posted = db.person("在岗", "NON_ESTABLISHMENT");
        db.posting(posted, bureau, "ADMINISTRATIVE_POST", "REGULAR", "2024-01-01", null, null, null);
        long leader = db.person("领导", "CIVIL_SERVANT");
        db.appointment(leader, bureau, "UNIT_PRINCIPAL", "2024-01-01", null);
        long left = db.person("调出", "CIVIL_SERVANT");
        db.occupancy(left, bureau, "ADMINISTRATIVE", "2021-01-01", "2026-06-30", "Z2021-0002");
        long elsewhere = db.person("外单位", "CIVIL_SERVANT");
        db.occupancy(elsewhere, other, "ADMINISTRATIVE", "2021-01-01", null, "Z2021-0003");

        SqlRuleEngine engine = engine(db, 12);
        assertEquals(Set.of(occupant, posted, leader), engine.peopleAt(Set.of(bureau), TODAY));
        assertEquals(Set.of(occupant, left), engine.peopleAt(Set.of(bureau), LocalDate.of(2023, 12, 31)));
        assertEquals(Set.of(occupant, posted, leader, elsewhere), engine.peopleAt(Set.of(bureau, other), TODAY));
        assertEquals(Set.of(), engine.peopleAt(Set.of(), TODAY));
    }

    private static Set<Long> units(List<Breach> found) {
        return Set.copyOf(found.stream().map(Breach::unitId).toList());
    }

    private static SqlRuleEngine engine(TestDb db, int secondmentLimitMonths) {
        SqlRuleEngine engine = new SqlRuleEngine();
        engine.dataSource = db.dataSource();
        engine.secondmentLimitMonths = secondmentLimitMonths;
        return engine;
    }
}
