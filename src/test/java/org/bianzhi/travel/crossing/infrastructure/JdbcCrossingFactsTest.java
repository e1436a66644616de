package org.bianzhi.travel.crossing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;
import org.bianzhi.travel.crossing.domain.Crossing;
import org.bianzhi.travel.filing.domain.CustodyLedger;
import org.bianzhi.travel.filing.domain.CustodyMovementKind;
import org.bianzhi.travel.filing.domain.CustodyState;
import org.bianzhi.travel.filing.domain.DocumentRules;
import org.bianzhi.travel.domain.PersonTravel;
import org.bianzhi.travel.crossing.domain.Trip;
import org.bianzhi.travel.crossing.domain.TripRules;
import org.bianzhi.travel.infrastructure.TravelFixtures;

/** What the trip checks read of filed people: only what was known by the day, crossings paired into trips, approvals. */
class JdbcCrossingFactsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @EachDatabase
    void onlyPeopleFiledByTheDayAreReadWithWhatWasKnownByThen(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long filed = db.person("已备案", "CIVIL_SERVANT");
        long filedLater = db.person("后备案", "CIVIL_SERVANT");
        long neverFiled = db.person("未备案", "CIVIL_SERVANT");
        t.filing(filed, "2025-01-01", null);
        t.filing(filedLater, "2026-07-01", null);
        t.document(filed, "PASSPORT", " e1234567 ", "2025-02-01", null, null);
        t.document(filed, "HK_MACAO_PERMIT", "C7654321", "2026-07-05", null, null);
        t.declaration(filed, "2026-02-01", "2026-02-05", "2026-03-01");
        t.declaration(filed, "2026-06-01", "2026-06-05", "2026-07-02");
        for (long p : List.of(filed, neverFiled)) {
            t.crossing(t.idNumberOf(p), "PASSPORT", "E1234567", "EXIT", "2026-05-01", "日本");
            t.crossing(t.idNumberOf(p), "PASSPORT", "E1234567", "ENTRY", "2026-05-08", null);
            t.crossing(t.idNumberOf(p), "PASSPORT", "E1234567", "EXIT", "2026-07-01", "泰国");
        }
        String number = "T" + t.approval(filed, "2026-05-01", "2026-05-10", "2026-04-01", "日本", "韩国");
        t.application(filed, "REJECTED", "2026-05-01", "2026-05-10", "2026-04-01", "同意", "不同意", "日本");
        t.approval(filed, "2026-08-01", "2026-08-10", "2026-07-01", "美国");

        List<PersonTravel> read = facts(db).filedPeople(AS_OF, null);

        assertEquals(List.of(filed), read.stream().map(PersonTravel::personId).toList(), "filed on 2026-07-01, or never: not read");
        PersonTravel p = read.get(0);
        assertEquals(List.of("PASSPORT:E1234567"), p.documents().stream().map(PersonTravel.Document::key).toList(),
                "the number as crossings carry it; the permit was declared after the day");
        assertEquals(List.of(LocalDate.of(2026, 3, 1)), p.declarations().stream().map(PersonTravel.Declaration::declaredOn).toList());
        assertEquals(List.of(new Trip(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 8), null, "日本", p.crossings().get(0).docType(),
                "E1234567", "上海浦东机场", "上海虹桥机场")), p.trips(), "the exit of 2026-07-01 was not known yet");
        assertEquals(1, p.approvals().size(), "the rejected one and the one decided later are not approvals on the day");
        assertEquals(number, p.approvals().get(0).number());
        assertEquals(Set.of("日本", "韩国"), p.approvals().get(0).destinations());
        assertEquals(crossingsInOrder(read), crossingsInOrder(facts(db).filedPeople(AS_OF, filed)),
                "one person's facts are the same as in the whole run");
        assertEquals(List.of(), facts(db).filedPeople(AS_OF, filedLater));
    }

    @EachDatabase
    void aTripIsReturnedFromTheDayItsEntryIsKnown(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long p = db.person("出境人", "CIVIL_SERVANT");
        t.filing(p, "2025-01-01", null);
        t.crossing(t.idNumberOf(p), "PASSPORT", "E1", "EXIT", "2026-05-01", "日本");
        t.crossing(t.idNumberOf(p), "PASSPORT", "E1", "ENTRY", "2026-05-08", null);
        for (LocalDate day = LocalDate.of(2026, 4, 30); day.isBefore(LocalDate.of(2026, 5, 10)); day = day.plusDays(1)) {
            List<Trip> trips = facts(db).filedPeople(day, p).get(0).trips();
            String expected = day.isBefore(LocalDate.of(2026, 5, 1)) ? "[]"
                    : day.isBefore(LocalDate.of(2026, 5, 8)) ? "[2026-05-01..null]" : "[2026-05-01..2026-05-08]";
            assertEquals(expected, trips.stream().map(x -> x.departedOn() + ".." + x.returnedOn()).toList().toString(), "as of " + day);
        }
    }

    @EachDatabase
    void anApprovalCoversATripDepartingWithinItsDatesOnceDecided(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        LocalDate departs = LocalDate.of(2026, 5, 10);
        LocalDate returns = LocalDate.of(2026, 5, 15);
        for (LocalDate day = departs.minusDays(2); !day.isAfter(returns.plusDays(2)); day = day.plusDays(1)) {
            long p = db.person("出境人", "CIVIL_SERVANT");
            t.filing(p, "2025-01-01", null);
            t.approval(p, departs.toString(), returns.toString(), "2026-05-01", "日本");
            t.crossing(t.idNumberOf(p), "PASSPORT", "E" + p, "EXIT", day.toString(), "日本");
            t.crossing(t.idNumberOf(p), "PASSPORT", "E" + p, "ENTRY", day.toString(), null);
            boolean within = !day.isBefore(departs) && !day.isAfter(returns);
            assertEquals(within ? Set.of() : Set.of("TRIP_WITHOUT_APPROVAL", "TRIP_UNDECLARED"), rules(db, AS_OF, p),
                    "a same-day trip on " + day);
        }
    }

    @EachDatabase
    void tripsAreJudgedAgainstTheApprovalsDecisionDayReturnAndDestinations(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long onTime = traveller(db, t, "2026-05-10", "日本");
        t.approval(onTime, "2026-05-01", "2026-05-10", "2026-04-20", "日本");
        long late = traveller(db, t, "2026-05-12", "日本");
        t.approval(late, "2026-05-01", "2026-05-10", "2026-04-20", "日本");
        long elsewhere = traveller(db, t, "2026-05-10", "日本");
        t.approval(elsewhere, "2026-05-01", "2026-05-10", "2026-04-20", "韩国");
        long decidedAfter = traveller(db, t, "2026-05-10", "日本");
        t.approval(decidedAfter, "2026-05-01", "2026-05-10", "2026-05-02", "日本");
        long declared = traveller(db, t, "2026-05-10", "日本");
        // reported in a self-check before public security's records reached the registry
        t.declaration(declared, "2026-05-01", "2026-05-10", "2026-06-01", Instant.now().minusSeconds(3600), null);
        // issue 21, item 1: reported 11 days after the return, once the crossings were on record: still 瞒报
        long reportedWhenFound = traveller(db, t, "2026-05-10", "日本");
        t.declaration(reportedWhenFound, "2026-05-01", "2026-05-10", "2026-05-21", Instant.now().plusSeconds(60), "本人补报");
        long notBack = traveller(db, t, null, "中国香港");
        t.approval(notBack, "2026-05-01", "2026-05-10", "2026-04-20", "香港");

        assertEquals(Set.of(), rules(db, AS_OF, onTime));
        assertEquals(Set.of("TRIP_LATE_RETURN"), rules(db, AS_OF, late));
        assertEquals(Set.of("TRIP_OTHER_DESTINATION"), rules(db, AS_OF, elsewhere));
        assertEquals(Set.of("TRIP_WITHOUT_APPROVAL", "TRIP_UNDECLARED"), rules(db, AS_OF, decidedAfter),
                "decided after the departure: 先出后批 covers nothing");
        assertEquals(Set.of("TRIP_WITHOUT_APPROVAL"), rules(db, AS_OF, declared), "reported, but not approved");
        assertEquals(Set.of("TRIP_WITHOUT_APPROVAL", "TRIP_UNDECLARED"), rules(db, AS_OF, reportedWhenFound),
                "a report entered after the trip was detected is not 如实报告");
        assertEquals(Set.of("TRIP_LATE_RETURN"), rules(db, AS_OF, notBack), "中国香港 is 香港; still away after 05-10");
        assertEquals(Set.of(), rules(db, LocalDate.of(2026, 5, 10), notBack), "not late on the approved return day");
    }

    @EachDatabase
    void documentsComeWithTheirCustodyMovesKnownByTheDay(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long p = db.person("交证人", "CIVIL_SERVANT");
        long other = db.person("另一人", "CIVIL_SERVANT");
        t.filing(p, "2025-01-01", null);
        t.filing(other, "2025-01-01", null);
        long passport = t.document(p, "PASSPORT", "E1", "2025-02-01", null, null);
        t.document(p, "HK_MACAO_PERMIT", "C1", "2025-02-01", null, null);
        long held = t.document(other, "PASSPORT", "E2", "2025-02-01", null, null);
        t.move(passport, "HAND_IN", "2025-02-05", null);
        t.move(passport, "CHECK_OUT", "2026-05-01", t.approval(p, "2026-05-02", "2026-05-10", "2026-04-20", "日本"));
        t.move(passport, "RETURN", "2026-07-05", null);
        t.move(held, "HAND_IN", "2025-02-06", null);
        t.crossing(t.idNumberOf(p), "PASSPORT", "E1", "EXIT", "2026-05-02", "日本");
        t.crossing(t.idNumberOf(p), "PASSPORT", "E1", "ENTRY", "2026-05-10", null);
        t.crossing(t.idNumberOf(other), "PASSPORT", "E2", "EXIT", "2026-06-01", "泰国");

        PersonTravel read = facts(db).filedPeople(AS_OF, p).get(0);

        Map<String, List<CustodyLedger.Move>> ledgers = documentLedgers(read);
        assertEquals(Map.of("PASSPORT:E1", List.of(new CustodyLedger.Move(CustodyMovementKind.HAND_IN, LocalDate.of(2025, 2, 5), null),
                        new CustodyLedger.Move(CustodyMovementKind.CHECK_OUT, LocalDate.of(2026, 5, 1), ledgers.get("PASSPORT:E1").get(1).applicationId())),
                "HK_MACAO_PERMIT:C1", List.of()), ledgers, "the return of 07-05 is not known on 06-30; the other person's ledger is theirs");
        assertEquals(CustodyState.CHECKED_OUT, read.documents().get(0).custody().stateOn(AS_OF));
        assertEquals(List.of(), DocumentRules.crossingWhileInCustody(read), "checked out for the trip");
        assertEquals(ledgers, documentLedgers(facts(db).filedPeople(AS_OF, null).stream().filter(x -> x.personId() == p).findFirst().orElseThrow()),
                "one person's ledgers are the same as in the whole run");
        PersonTravel theirs = facts(db).filedPeople(AS_OF, other).get(0);
        assertEquals(1, documentLedgers(theirs).get("PASSPORT:E2").size());
        assertEquals(List.of("PASSPORT:E2@2026-06-01:EXIT"), DocumentRules.crossingWhileInCustody(theirs).stream().map(f -> f.subject()).toList(),
                "in the safe since 2025-02-06");
    }

    private static Map<String, List<CustodyLedger.Move>> documentLedgers(PersonTravel p) {
        Map<String, List<CustodyLedger.Move>> ledgers = new TreeMap<>();
        p.documents().forEach(d -> ledgers.put(d.key(), d.custody().moves()));
        return ledgers;
    }

    /** A filed person who left on 2026-05-01 and came back on {@code back} (null: not yet). */
    private static long traveller(TestDb db, TravelFixtures t, String back, String destination) throws SQLException {
        long p = db.person("出境人", "CIVIL_SERVANT");
        t.filing(p, "2025-01-01", null);
        t.crossing(t.idNumberOf(p), "PASSPORT", "E" + p, "EXIT", "2026-05-01", destination);
        if (back != null) t.crossing(t.idNumberOf(p), "PASSPORT", "E" + p, "ENTRY", back, null);
        return p;
    }

    /** The trip rules' findings on the facts read as of {@code asOf}, as CrossingChecks applies them. */
    private static Set<String> rules(TestDb db, LocalDate asOf, long person) {
        Set<String> rules = new TreeSet<>();
        for (PersonTravel p : facts(db).filedPeople(asOf, person)) {
            TripRules.withoutApproval(p).forEach(f -> rules.add(f.rule().name()));
            TripRules.lateReturn(p, asOf).forEach(f -> rules.add(f.rule().name()));
            TripRules.otherDestination(p).forEach(f -> rules.add(f.rule().name()));
            TripRules.undeclared(p, asOf).forEach(f -> rules.add(f.rule().name()));
        }
        return rules;
    }

    private static JdbcCrossingFacts facts(TestDb db) {
        JdbcCrossingFacts facts = new JdbcCrossingFacts();
        facts.dataSource = db.dataSource();
        return facts;
    }

    /** The crossings in time order: the SQL gives them in no particular order, and the rules sort them ({@link Crossing#ORDER}). */
    private static List<PersonTravel> crossingsInOrder(List<PersonTravel> people) {
        return people.stream().map(p -> new PersonTravel(p.personId(), p.filings(), p.documents(),
                p.crossings().stream().sorted(Crossing.ORDER).toList(), p.approvals(), p.declarations())).toList();
    }
}
