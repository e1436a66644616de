package org.bianzhi.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianzhi.audit.domain.Breach;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/** The rules with a time limit (OVERAGE, SECONDMENT_OVERDUE), checked on every day around their limits. */
class TimeLimitRuleQueriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @EachDatabase
    void anOccupancyStillOpenAfterTheStatutoryRetirementDateIsOverage(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市司法局", null);
        long man = db.person("老张", "CIVIL_SERVANT", "1966-03-10", "MALE");   // 60岁4个月: 2026-07-10
        db.occupancy(man, organ, "ADMINISTRATIVE", "2000-01-01", null, "Z2000-0001");
        long retired = db.person("老李", "CIVIL_SERVANT", "1960-01-01", "MALE");
        db.occupancy(retired, organ, "ADMINISTRATIVE", "2000-01-01", "2020-01-01", "Z2000-0002");

        for (LocalDate d : TestDb.daysAround("2026-07-10")) {
            List<Long> expected = d.isAfter(LocalDate.of(2026, 7, 10)) ? List.of(man) : List.of();
            assertEquals(expected, people(queries(db, d, null).overage()), "as of " + d);
        }
        Breach b = queries(db, LocalDate.of(2026, 7, 11), null).overage().get(0);
        assertEquals(organ, b.unitId());
        assertEquals("1966年3月出生，男，法定退休年龄60岁4个月，应于 2026-07-10 退休，已超过 1 天 仍占用行政编制", b.message());
    }

    @EachDatabase
    void aWomansCadrePostInForceOnTheDateRaisesHerRetirementAge(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市司法局", null);
        // three women workers born 1972-03-01: at 50 they retired on 2022-03-01, in a cadre post they retire at 55岁7个月 (2027-10-01)
        long inCadrePost = worker(db, organ);
        db.posting(inCadrePost, organ, "ADMINISTRATIVE_POST", "REGULAR", "2021-01-01", null, null, null);
        long inWorkerPost = worker(db, organ);
        db.posting(inWorkerPost, organ, "ORGAN_WORKER_POST", "REGULAR", "2021-01-01", null, null, null);
        long cadrePostEnded = worker(db, organ);
        db.posting(cadrePostEnded, organ, "ADMINISTRATIVE_POST", "REGULAR", "2021-01-01", "2026-01-01", null, null);

        List<Breach> found = queries(db, TODAY, null).overage();

        assertEquals(Set.of(inWorkerPost, cadrePostEnded), Set.copyOf(people(found)));
        assertEquals("1972年3月出生，女，法定退休年龄50岁，应于 2022-03-01 退休，已超过 4 年 3 个月 仍占用机关工勤编制",
                found.stream().filter(b -> b.personId() == inWorkerPost).findFirst().orElseThrow().message());
        assertEquals(List.of(), people(queries(db, LocalDate.of(2025, 12, 31), Set.of(cadrePostEnded)).overage()),
                "still in the cadre post");
        assertEquals(List.of(inWorkerPost), people(queries(db, TODAY, Set.of(inWorkerPost, inCadrePost)).overage()));
    }

    @EachDatabase
    void aSecondmentIsOverdueFromTheDayAfterItsEndDate(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市民政局", null);
        long centre = db.unit("INSTITUTION", "瑞安市社会救助服务中心", organ);
        long seconded = db.person("借调", "INSTITUTION_STAFF");
        db.posting(seconded, organ, "ADMINISTRATIVE_POST", "SECONDMENT", "2026-03-01", null, "2026-08-31", "瑞委办〔2026〕3号");
        // near misses: back home (the posting closed) although its end date passed; a regular posting of years
        long back = db.person("已返回", "INSTITUTION_STAFF");
        db.posting(back, organ, "ADMINISTRATIVE_POST", "SECONDMENT", "2026-03-01", "2026-09-01", "2026-08-31", "瑞委办〔2026〕4号");
        long regular = db.person("在岗", "INSTITUTION_STAFF");
        db.posting(regular, centre, "MANAGEMENT", "REGULAR", "2015-01-01", null, null, null);

        for (LocalDate d : TestDb.daysAround("2026-08-31", "2026-09-01")) {
            List<Long> expected = d.isAfter(LocalDate.of(2026, 8, 31)) ? List.of(seconded) : List.of();
            assertEquals(expected, people(queries(db, d, null).overdueSecondments(12)), "as of " + d);
        }
        Breach b = queries(db, LocalDate.of(2026, 9, 1), null).overdueSecondments(12).get(0);
        assertEquals(organ, b.unitId(), "named on the unit seconded to");
        assertEquals("自 2026-03-01 起借调，借调截止日期 2026-08-31 已过", b.message());
    }

    @EachDatabase
    void aSecondmentOpenLongerThanTheConfiguredLimitIsOverdueWithinItsEndDate(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市民政局", null);
        long seconded = db.person("长期借调", "INSTITUTION_STAFF");
        db.posting(seconded, organ, "ADMINISTRATIVE_POST", "SECONDMENT", "2025-06-30", null, "2027-06-30", "瑞委办〔2025〕9号");

        for (LocalDate d : TestDb.daysAround("2026-07-01")) {
            List<Long> expected = d.isBefore(LocalDate.of(2026, 7, 1)) ? List.of() : List.of(seconded);
            assertEquals(expected, people(queries(db, d, null).overdueSecondments(12)), "12 months as of " + d);
            assertEquals(List.of(), people(queries(db, d, null).overdueSecondments(24)), "24 months as of " + d);
        }
        for (LocalDate d : TestDb.daysAround("2025-12-31")) {
            List<Long> expected = d.isBefore(LocalDate.of(2025, 12, 31)) ? List.of() : List.of(seconded);
            assertEquals(expected, people(queries(db, d, null).overdueSecondments(6)), "6 months as of " + d);
        }
        assertEquals("自 2025-06-30 起借调，已借调 12 个月，超过 12 个月的期限",
                queries(db, LocalDate.of(2026, 7, 1), null).overdueSecondments(12).get(0).message());
        // six months from 06-30 end on 12-30: the 31st is a day beyond, although 12-31 minus six months is 06-30 again
        assertEquals("自 2025-06-30 起借调，已借调 6 个月，超过 6 个月的期限",
                queries(db, LocalDate.of(2025, 12, 31), null).overdueSecondments(6).get(0).message());
        assertEquals(List.of(), queries(db, LocalDate.of(2026, 7, 1), Set.of(organ)).overdueSecondments(12), "another person");
    }

    @EachDatabase
    void anOpenEndedSecondmentIsOverdueOnlyOnceItPassesTheLimit(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市信访局", null);
        long seconded = db.person("未定期限", "INSTITUTION_STAFF");
        db.posting(seconded, organ, "ADMINISTRATIVE_POST", "SECONDMENT", "2025-06-30", null, null, "瑞委办〔2025〕12号");

        for (LocalDate d : TestDb.daysAround("2026-07-01")) {
            List<Long> expected = d.isBefore(LocalDate.of(2026, 7, 1)) ? List.of() : List.of(seconded);
            assertEquals(expected, people(queries(db, d, null).overdueSecondments(12)), "12 months as of " + d);
        }
        assertEquals(List.of(), people(queries(db, LocalDate.of(2025, 7, 1), null).overdueSecondments(12)),
                "no end date alone is no finding");
        assertEquals("自 2025-06-30 起借调，未定借调截止日期，已借调 12 个月，超过 12 个月的期限",
                queries(db, LocalDate.of(2026, 7, 1), null).overdueSecondments(12).get(0).message());
    }

    /** A woman organ worker born 1972-03-01 on the unit's worker quota. */
    private static long worker(TestDb db, long unit) throws SQLException {
        long p = db.person("工勤" + TestDb.nextId() % 1000, "ORGAN_WORKER", "1972-03-01", "FEMALE");
        db.occupancy(p, unit, "ORGAN_WORKER", "2000-01-01", null, "Z2000-" + p % 10000);
        return p;
    }

    private static List<Long> people(List<Breach> found) {
        return found.stream().map(Breach::personId).toList();
    }

    private static PersonRuleQueries queries(TestDb db, LocalDate d, Set<Long> people) {
        return new PersonRuleQueries(db.connection(), d, people);
    }
}
