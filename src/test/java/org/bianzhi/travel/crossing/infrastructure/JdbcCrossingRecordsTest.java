package org.bianzhi.travel.crossing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;
import org.bianzhi.travel.approval.domain.Approval;
import org.bianzhi.travel.crossing.domain.Crossing;
import org.bianzhi.travel.infrastructure.TravelFixtures;

/** The trip list's reads: who crossed in a period (both ends inclusive), and the crossings and approvals of those asked for. */
class JdbcCrossingRecordsTest {

    @EachDatabase
    void peopleCrossingArePeopleOnRecordWithACrossingWithinThePeriodBothEndsIncluded(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long first = db.person("首日出境", "CIVIL_SERVANT");
        long last = db.person("末日入境", "CIVIL_SERVANT");
        long before = db.person("期前出境", "CIVIL_SERVANT");
        long after = db.person("期后出境", "CIVIL_SERVANT");
        t.crossing(t.idNumberOf(first), "PASSPORT", "E1", "EXIT", "2026-05-01", "日本");
        t.crossing(t.idNumberOf(last), "PASSPORT", "E2", "ENTRY", "2026-05-31", null);
        t.crossing(t.idNumberOf(before), "PASSPORT", "E3", "EXIT", "2026-04-30", "日本");
        t.crossing(t.idNumberOf(after), "PASSPORT", "E4", "EXIT", "2026-06-01", "日本");
        t.crossing("990000" + TestDb.nextId(), "PASSPORT", "E5", "EXIT", "2026-05-15", "日本");

        assertEquals(Set.of(first, last), records(db).peopleCrossing(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)),
                "an ID number not on record is nobody's");
        assertEquals(Set.of(first, last, before), records(db).peopleCrossing(null, LocalDate.of(2026, 5, 31)));
    }

    @EachDatabase
    void crossingsAndApprovalsAreThoseOfThePeopleAskedForUpToTheDay(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long asked = db.person("被查询", "CIVIL_SERVANT");
        long other = db.person("其他人", "CIVIL_SERVANT");
        for (long p : List.of(asked, other)) {
            t.crossing(t.idNumberOf(p), "PASSPORT", "E" + p, "EXIT", "2026-05-01", "日本");
            t.crossing(t.idNumberOf(p), "PASSPORT", "E" + p, "ENTRY", "2026-05-08", null);
            t.approval(p, "2026-05-01", "2026-05-10", "2026-04-20", "日本");
        }
        t.approval(asked, "2026-06-01", "2026-06-10", "2026-05-20");

        Map<Long, List<Crossing>> crossings = records(db).crossingsOf(List.of(asked), LocalDate.of(2026, 5, 7));
        assertEquals(Set.of(asked), crossings.keySet());
        assertEquals(List.of(LocalDate.of(2026, 5, 1)), crossings.get(asked).stream().map(Crossing::on).toList(), "the entry came after the day");
        Map<Long, List<Approval>> approvals = records(db).approvalsOf(List.of(asked), LocalDate.of(2026, 5, 20));
        assertEquals(Set.of(asked), approvals.keySet());
        assertEquals(List.of(Set.of("日本"), Set.of()), approvals.get(asked).stream().map(Approval::destinations).toList(),
                "decided on the day counts; an approval without destinations names none");
        assertEquals(1, records(db).approvalsOf(List.of(asked), LocalDate.of(2026, 5, 19)).get(asked).size());
        assertEquals(Map.of(), records(db).crossingsOf(List.of(), LocalDate.of(2026, 5, 31)));
    }

    private static JdbcCrossingRecords records(TestDb db) {
        JdbcCrossingRecords records = new JdbcCrossingRecords();
        records.dataSource = db.dataSource();
        return records;
    }
}
