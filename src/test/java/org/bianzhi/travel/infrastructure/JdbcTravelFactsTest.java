package org.bianzhi.travel.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;
import org.bianzhi.travel.filing.domain.CustodyFindings;
import org.bianzhi.travel.filing.domain.CustodyFindings.DocumentFact;
import org.bianzhi.travel.filing.domain.CustodyState;
import org.bianzhi.travel.filing.domain.FilingFact;
import org.bianzhi.travel.filing.domain.FilingRequirement.Stint;
import org.bianzhi.travel.domain.Horizon;
import org.bianzhi.travel.domain.TravelCheck;
import org.bianzhi.travel.domain.TravelFacts;
import org.bianzhi.travel.domain.TravelRule;
import org.bianzhi.travel.domain.TravelFinding;

/** The facts of 应备尽备 and 应交尽交: qualifying posts, filing versions, documents with their custody ledgers, entries, posts. */
class JdbcTravelFactsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @EachDatabase
    void anAppointmentIsCutToTheUnitStatesThatMakeItQualify(TestDb db) throws SQLException {
        long county = db.unit("ORGAN", "瑞安市审计局", null, "COUNTY", "2020-01-01");
        // the unit becomes city-level on 2024-01-01: the head's category changes with it
        db.update("update unit_version set valid_to = ? where unit_id = ?", TestDb.date("2024-01-01"), county);
        db.update("insert into unit_version (id, unit_id, name, kind, region_code, admin_level, funding, valid_from, recorded_by,"
                + " recorded_at) values (?, ?, '温州市审计局', 'ORGAN', '330381', 'CITY', 'FULL', ?, 'test', ?)",
                TestDb.nextId(), county, TestDb.date("2024-01-01"), Instant.now());
        long townshipInstitution = db.unit("INSTITUTION", "塘下镇文化站", null, "TOWNSHIP", "2020-01-01");
        long head = db.person("局长", "CIVIL_SERVANT");
        db.appointment(head, county, "UNIT_PRINCIPAL", "2022-03-01", null);
        long stationHead = db.person("站长", "INSTITUTION_STAFF");
        db.appointment(stationHead, townshipInstitution, "UNIT_PRINCIPAL", "2022-03-01", null);
        long appointedLater = db.person("新任", "CIVIL_SERVANT");
        db.appointment(appointedLater, county, "UNIT_DEPUTY", "2026-07-01", null);

        List<Stint> stints = facts(db).stints(AS_OF, null);

        assertEquals(List.of("null 瑞安市审计局 2022-03-01..2024-01-01", "null 温州市审计局 2024-01-01..null"),
                stints.stream().sorted(Comparator.comparing(Stint::from))
                        .map(s -> s.category() + " " + s.unitName() + " " + s.from() + ".." + s.to()).toList(),
                "a township institution's head is not filed; an appointment of 2026-07-01 is not known yet; no rank: no category");
        assertEquals(Set.copyOf(stints), Set.copyOf(facts(db).stints(AS_OF, head)));
        assertEquals(List.of(), facts(db).stints(AS_OF, stationHead));
    }

    private static void rank(TestDb db, long person, String rank, String from, String to) throws SQLException {
        db.update("insert into person_fact (id, person_id, kind, fact_value, valid_from, valid_to, recorded_by, recorded_at, version)"
                + " values (?, ?, 'RANK', ?, ?, ?, 'test', ?, 1)", TestDb.nextId(), person, rank, TestDb.date(from),
                to == null ? null : TestDb.date(to), Instant.now());
    }

    @EachDatabase
    void theCategoryFollowsTheRankAndACadreWhoLeftThePostStaysRequiredWhileInService(TestDb db) throws SQLException {
        long court = db.unit("ORGAN", "瑞安市人民法院", null, "COUNTY", "2000-01-01");
        long bureau = db.unit("ORGAN", "瑞安市统计局", null, "COUNTY", "2000-01-01");
        // the court's president is 县处级 though the court is a county-level unit
        long president = db.person("院长", "CIVIL_SERVANT");
        db.occupancy(president, court, "POLITICAL_LEGAL", "2010-01-01", null, null);
        db.appointment(president, court, "UNIT_PRINCIPAL", "2020-01-01", null);
        rank(db, president, "COUNTY", "2020-01-01", null);
        // a 乡科级 deputy who left the post on 2025-03-01 (已退出现职) and is still on the roster
        long left = db.person("退出", "CIVIL_SERVANT");
        db.occupancy(left, bureau, "ADMINISTRATIVE", "2005-01-01", null, null);
        db.appointment(left, bureau, "UNIT_DEPUTY", "2015-01-01", "2025-03-01");
        rank(db, left, "TOWNSHIP", "2015-01-01", null);
        // the same, retired: the occupancy ended
        long retired = db.person("退休", "CIVIL_SERVANT");
        db.occupancy(retired, bureau, "ADMINISTRATIVE", "2005-01-01", "2025-03-01", null);
        db.appointment(retired, bureau, "UNIT_DEPUTY", "2015-01-01", "2025-03-01");
        rank(db, retired, "TOWNSHIP", "2015-01-01", null);
        // 县处级 without a leadership post (调研员), in service
        long researcher = db.person("调研员", "CIVIL_SERVANT");
        db.occupancy(researcher, bureau, "ADMINISTRATIVE", "2005-01-01", null, null);
        rank(db, researcher, "COUNTY", "2024-01-01", null);
        // below 乡科级 heading a unit: not required
        long other = db.person("其他", "CIVIL_SERVANT");
        db.appointment(other, bureau, "UNIT_DEPUTY", "2024-01-01", null);
        rank(db, other, "OTHER", "2024-01-01", null);

        var required = org.bianzhi.travel.filing.domain.FilingRequirement.requiredOn(AS_OF, facts(db).stints(AS_OF, null));

        assertEquals("COUNTY_LEVEL_CADRE 2020-01-01 瑞安市人民法院单位正职", line(required.get(president)));
        assertEquals("TOWNSHIP_LEADER 2015-01-01 已退出现职（原任瑞安市统计局单位副职）", line(required.get(left)));
        assertEquals("COUNTY_LEVEL_CADRE 2024-01-01 县处级在职干部", line(required.get(researcher)));
        assertEquals(null, required.get(retired), "retired: filed by hand (厅局级以上离退休人员) if at all");
        assertEquals(null, required.get(other));
        assertEquals(line(required.get(left)), line(org.bianzhi.travel.filing.domain.FilingRequirement.requiredOn(AS_OF,
                facts(db).stints(AS_OF, left)).get(left)), "one person's facts give the same answer");
    }

    private static String line(org.bianzhi.travel.filing.domain.FilingRequirement.Required r) {
        return r.category() + " " + r.since() + " " + r.post().postLabel();
    }

    @EachDatabase
    void filingVersionsBegunByTheDayAreRead(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long p = db.person("备案人", "CIVIL_SERVANT");
        long first = t.filing(p, "COUNTY_LEVEL_CADRE", "FILED", "2025-01-20", "2025-01-01", "2026-03-01");
        long change = t.filing(p, "TOWNSHIP_LEADER", "CHANGE_FILED", "2026-07-15", "2026-03-01", null);
        t.filing(p, "OTHER", "NOT_FILED", null, "2026-07-01", null);

        List<FilingFact> read = facts(db).filings(AS_OF, p);

        assertEquals(List.of(first, change), read.stream().map(FilingFact::id).toList());
        assertEquals(LocalDate.of(2026, 7, 15), read.get(1).reportedOn(), "reported after the day: the rule reads it with reportedBy");
        assertEquals(null, read.get(1).reportedBy(AS_OF));
        assertEquals(read, facts(db).filings(AS_OF, null));
    }

    @EachDatabase
    void aDocumentsCustodyOnEachDayIsWhatItsMovesByThatDayLeft(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long p = db.person("持证人", "CIVIL_SERVANT");
        long doc = t.document(p, "PASSPORT", "E1", "2026-02-20", "2036-02-19", null);
        long trip = t.approval(p, "2026-03-10", "2026-03-15", "2026-03-01", "日本");
        t.move(doc, "HAND_IN", "2026-03-01", null);
        t.move(doc, "CHECK_OUT", "2026-03-10", trip);
        t.move(doc, "RETURN", "2026-03-20", null);
        for (LocalDate day = LocalDate.of(2026, 2, 18); day.isBefore(LocalDate.of(2026, 3, 25)); day = day.plusDays(1)) {
            List<DocumentFact> read = facts(db).documents(day, p);
            if (day.isBefore(LocalDate.of(2026, 2, 20))) {
                assertEquals(List.of(), read, "not declared yet on " + day);
                continue;
            }
            CustodyState expected = day.isBefore(LocalDate.of(2026, 3, 1)) ? CustodyState.NOT_HANDED_IN
                    : day.isBefore(LocalDate.of(2026, 3, 10)) ? CustodyState.HELD
                    : day.isBefore(LocalDate.of(2026, 3, 20)) ? CustodyState.CHECKED_OUT : CustodyState.HELD;
            assertEquals(expected, read.get(0).ledger().current(), "on " + day + ", with no move after it known");
        }
        assertEquals(List.of(trip), facts(db).documents(AS_OF, p).get(0).ledger().moves().stream()
                .filter(m -> m.applicationId() != null).map(m -> m.applicationId()).toList());
    }

    @EachDatabase
    void aFiledPersonsDocumentIsDueInCustodySevenDaysAfterFilingAndBackTenDaysAfterTheTrip(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long notHandedIn = db.person("未上交", "CIVIL_SERVANT");
        t.filing(notHandedIn, "2026-01-01", null);
        t.document(notHandedIn, "PASSPORT", "E10", "2025-12-01", null, null);
        // two trips returning on 03-15; the first traveller entered on 03-18, the second with another document
        long backLater = db.person("晚入境", "CIVIL_SERVANT");
        long backOnTime = db.person("按时入境", "CIVIL_SERVANT");
        for (long p : List.of(backLater, backOnTime)) {
            t.filing(p, "2026-01-01", null);
            long doc = t.document(p, "PASSPORT", "E" + p, "2026-01-01", null, null);
            t.move(doc, "HAND_IN", "2026-01-02", null);
            t.move(doc, "CHECK_OUT", "2026-03-10", t.approval(p, "2026-03-10", "2026-03-15", "2026-03-01", "日本"));
            t.move(doc, "RETURN", "2026-03-27", null);
            t.crossing(t.idNumberOf(p), "PASSPORT", p == backLater ? "E" + p : "G" + p, "ENTRY", "2026-03-18", null);
        }

        assertEquals(List.of(), custody(db, LocalDate.of(2026, 1, 8)), "seven days from the filing are not over on 01-08");
        assertEquals(List.of("DOCUMENT_NOT_IN_CUSTODY " + notHandedIn), custody(db, LocalDate.of(2026, 1, 9)));
        assertEquals(List.of("DOCUMENT_NOT_IN_CUSTODY " + notHandedIn, "DOCUMENT_NOT_RETURNED " + backOnTime), custody(db, AS_OF),
                "due ten days after the later of the approved return and the entry with the document: 03-28 and 03-25");
    }

    @EachDatabase
    void entriesAreThoseWithThePersonsOwnDocumentsByTheDay(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long p = db.person("持证人", "CIVIL_SERVANT");
        long other = db.person("他人", "CIVIL_SERVANT");
        t.document(p, "PASSPORT", "E" + p, "2026-01-01", null, null);
        t.document(other, "PASSPORT", "E" + other, "2026-01-01", null, null);
        t.crossing(t.idNumberOf(p), "PASSPORT", "E" + p, "EXIT", "2026-03-01", "日本");
        t.crossing(t.idNumberOf(p), "PASSPORT", "E" + p, "ENTRY", "2026-03-05", null);
        t.crossing(t.idNumberOf(p), "PASSPORT", "E" + p, "ENTRY", "2026-07-05", null);
        t.crossing(t.idNumberOf(other), "PASSPORT", "E" + other, "ENTRY", "2026-03-06", null);

        assertEquals(Map.of("PASSPORT:E" + p, List.of(LocalDate.of(2026, 3, 5))), facts(db).entries(AS_OF, p));
        assertEquals(Map.of("PASSPORT:E" + p, List.of(LocalDate.of(2026, 3, 5)), "PASSPORT:E" + other, List.of(LocalDate.of(2026, 3, 6))),
                facts(db).entries(AS_OF, null));
    }

    @EachDatabase
    void postsInForceAreNamedWithTheUnitsNameOnTheDayAndApplicationsAreFound(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long bureau = db.unit("ORGAN", "瑞安市审计局", null);
        long office = db.unit("ORGAN", "瑞安市统计局", null);
        long p = db.person("兼职", "CIVIL_SERVANT");
        db.appointment(p, bureau, "UNIT_PRINCIPAL", "2022-01-01", null);
        db.appointment(p, office, "UNIT_DEPUTY", "2023-01-01", null);
        db.appointment(p, office, "DEPT_PRINCIPAL", "2020-01-01", "2023-01-01");
        long single = db.person("单职", "CIVIL_SERVANT");
        db.appointment(single, bureau, "UNIT_DEPUTY", "2022-01-01", AS_OF.toString());

        Map<Long, String> posts = facts(db).postsOn(List.of(p, single), AS_OF);
        assertEquals(Map.of(p, "瑞安市审计局单位正职、瑞安市统计局单位副职"), posts, "the appointment ending on the day is over");
        long application = t.approval(p, "2026-03-10", "2026-03-15", "2026-03-01", "日本");
        assertEquals(Optional.of(new TravelFacts.Application(application, p, "T" + application, "APPROVED", LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 15))), facts(db).application(application));
        assertEquals(Map.of(application, LocalDate.of(2026, 3, 15)), facts(db).returnsOn(List.of(application)));
    }

    /**
     * Issue 21, item 1: a hand-in entered today with a date 4½ years back. Asked as recorded on the day before it was
     * entered, the passport was not in custody; as recorded now it was, and the entry stands as 事后补录 with its reason.
     */
    @EachDatabase
    void aBackDatedHandInChangesNothingAsRecordedBeforeItAndIsALateEntry(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long p = db.person("补录人", "CIVIL_SERVANT");
        t.filing(p, "2021-12-01", null);
        long doc = t.document(p, "PASSPORT", "E82000082", "2021-12-01", "2031-12-01", null);
        Instant entered = Instant.now().plus(java.time.Duration.ofDays(2));
        t.move(doc, "HAND_IN", "2022-06-01", null, entered, "原台账遗漏，据2022年保管登记簿补录");
        LocalDate enteredOn = entered.atZone(org.bianzhi.shared.application.RegistryClock.ZONE).toLocalDate();
        LocalDate asOf = enteredOn.plusDays(1);
        Horizon dayBefore = new Horizon(asOf, enteredOn.minusDays(1));
        Horizon now = Horizon.asOf(asOf);

        assertEquals(List.of("DOCUMENT_NOT_IN_CUSTODY " + p), custody(db, dayBefore));
        assertEquals(List.of("DOCUMENT_HANDED_IN_LATE " + p), custody(db, now), "in the safe since 2022: handed in late, no longer held");
        assertEquals(List.of("DOCUMENT_HANDED_IN_LATE " + p), custody(db, Horizon.asOf(enteredOn.minusDays(1))),
                "asOf alone cannot tell: the back-dated move is dated before it");
        LateEntryCheck late = new LateEntryCheck();
        late.dataSource = db.dataSource();
        assertEquals(List.of(), late.run(new TravelCheck.Context(dayBefore, p)));
        List<TravelFinding> found = late.run(new TravelCheck.Context(now, p));
        assertEquals(1, found.size());
        assertEquals(TravelRule.LATE_ENTRY_CUSTODY, found.get(0).rule());
        assertEquals(enteredOn, found.get(0).date());
        assertTrue(found.get(0).message().contains("2022-06-01") && found.get(0).message().contains("test")
                && found.get(0).message().contains("原台账遗漏"), found.get(0).message());
        assertEquals(List.of(), late.run(new TravelCheck.Context(new Horizon(enteredOn.minusDays(1), null), p)),
                "as of a day before its entry the late entry had not happened");
    }

    /** The custody checks on the facts read, as CustodyChecks applies them (7 days to hand in, 10 to give back). */
    private static List<String> custody(TestDb db, LocalDate asOf) {
        return custody(db, Horizon.asOf(asOf));
    }

    private static List<String> custody(TestDb db, Horizon h) {
        LocalDate asOf = h.asOf();
        JdbcTravelFacts facts = facts(db);
        List<DocumentFact> docs = facts.documents(h, null);
        List<Long> applications = docs.stream().flatMap(d -> d.ledger().moves().stream()).map(m -> m.applicationId())
                .filter(a -> a != null).toList();
        CustodyFindings.Facts known = new CustodyFindings.Facts(facts.filings(h, null).stream()
                .collect(java.util.stream.Collectors.groupingBy(FilingFact::personId)), facts.returnsOn(applications), facts.entries(h, null));
        CustodyFindings rules = new CustodyFindings(7, 10);
        List<TravelFinding> found = new java.util.ArrayList<>(rules.notInCustody(asOf, docs, known));
        found.addAll(rules.handedInLate(asOf, docs, known));
        found.addAll(rules.notReturned(asOf, docs, known));
        return found.stream().map(f -> f.rule() + " " + f.personId()).toList();
    }

    private static JdbcTravelFacts facts(TestDb db) {
        JdbcTravelFacts facts = new JdbcTravelFacts();
        facts.dataSource = db.dataSource();
        return facts;
    }
}
