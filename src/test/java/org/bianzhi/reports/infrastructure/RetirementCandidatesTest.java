package org.bianzhi.reports.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.reports.domain.RetirementForecast;
import org.bianzhi.reports.domain.RetirementForecast.Candidate;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/** The retirement forecast's SQL: who occupies a quota on the date and is born to retire within the years, with the post that counts. */
class RetirementCandidatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @EachDatabase
    void aManIsForecastFromTheDayHisRetirementFallsWithinTheYearsUntilTheDayBeforeIt(TestDb db) throws SQLException {
        long bureau = db.unit("ORGAN", "瑞安市司法局", null);
        long man = db.person("老张", "CIVIL_SERVANT", "1966-03-10", "MALE");   // 60岁4个月: 2026-07-10
        db.occupancy(man, bureau, "ADMINISTRATIVE", "2000-01-01", null, "Z2000-0001");
        db.occupancy(db.person("小王", "CIVIL_SERVANT", "1990-01-01", "MALE"), bureau, "ADMINISTRATIVE", "2015-01-01", null, "Z2015-0001");
        ReportQueries q = ReportQueriesOver.db(db);

        // one year ahead: from 2025-07-10 (the date is the period's last day) to 2026-07-09 (the day before it)
        for (LocalDate d : TestDb.daysAround("2025-07-10", "2026-07-10")) {
            boolean expected = !d.isBefore(LocalDate.of(2025, 7, 10)) && d.isBefore(LocalDate.of(2026, 7, 10));
            assertEquals(expected ? List.of(man) : List.of(), retirees(q, "/" + bureau + "/", new RetirementForecast(d, 1)), "as of " + d);
        }
    }

    @EachDatabase
    void aWomansPostAtHerQuotaUnitDecidesHerBaseAgeOverAnEarlierPostElsewhere(TestDb db) throws SQLException {
        long bureau = db.unit("ORGAN", "瑞安市司法局", null);
        long elsewhere = db.unit("ORGAN", "瑞安市财政局", null);
        // born 1972-03-01: in a cadre post 55岁7个月 (2027-10-01); otherwise 50, retired in 2022 and not in any forecast
        long worker = db.person("工勤", "ORGAN_WORKER", "1972-03-01", "FEMALE");
        db.occupancy(worker, bureau, "ADMINISTRATIVE", "2000-01-01", null, "Z2000-0002");
        db.posting(worker, elsewhere, "ORGAN_WORKER_POST", "SECONDMENT", "2020-01-01", null, "2027-12-31", "瑞委办〔2020〕1号");
        db.posting(worker, bureau, "ADMINISTRATIVE_POST", "REGULAR", "2021-01-01", null, null, null);
        long unposted = db.person("未上岗", "ORGAN_WORKER", "1972-03-01", "FEMALE");
        db.occupancy(unposted, bureau, "ADMINISTRATIVE", "2000-01-01", null, "Z2000-0003");
        long left = db.person("已调出", "CIVIL_SERVANT", "1966-03-10", "MALE");
        db.occupancy(left, bureau, "ADMINISTRATIVE", "2000-01-01", "2026-06-30", "Z2000-0004");
        ReportQueries q = ReportQueriesOver.db(db);
        RetirementForecast twoYears = new RetirementForecast(TODAY, 2);

        List<Candidate> candidates = q.retirementCandidates("/" + bureau + "/", twoYears);
        Candidate c = candidates.stream().filter(x -> x.personId() == worker).findFirst().orElseThrow();
        assertEquals(List.of(PostType.ADMINISTRATIVE_POST, bureau), List.of(c.post(), c.unitId()));
        assertEquals(List.of(worker), retirees(q, "/" + bureau + "/", twoYears), "the unposted worker retired at 50, the man left");
        assertEquals(LocalDate.of(2027, 10, 1), twoYears.select(candidates).get(0).date());
        assertEquals(List.of(), retirees(q, "/" + elsewhere + "/", twoYears), "listed under the unit of the quota");
    }

    private static List<Long> retirees(ReportQueries q, String path, RetirementForecast f) {
        return f.select(q.retirementCandidates(path, f)).stream().map(r -> r.person().personId()).toList();
    }
}
