package org.bianzhi.travel.crossing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;
import org.bianzhi.travel.domain.Horizon;
import org.bianzhi.travel.domain.PersonTravel;
import org.bianzhi.travel.crossing.domain.PoliceRecords;
import org.bianzhi.travel.crossing.domain.PublicSecurityRules;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.infrastructure.TravelFixtures;

/** What the police checks read of public security's records (V24), joined by ID number, as known on a day, and what they find. */
class JdbcPoliceFactsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static void issuance(TestDb db, String idNumber, String type, String number, String on) throws SQLException {
        db.update("insert into document_issuance (id, id_number, person_name, doc_type, doc_number, issued_on, authority, recorded_by,"
                + " recorded_at) values (?, ?, '某人', ?, ?, ?, '示例市公安局', 'test', ?)", TestDb.nextId(), idNumber, type, number,
                TestDb.date(on), Instant.now());
    }

    private static void certificate(TestDb db, String idNumber, String number, String on, String issuer) throws SQLException {
        db.update("insert into exit_certificate (id, id_number, person_name, certificate_number, issued_on, issuer, recorded_by, recorded_at)"
                + " values (?, ?, '某人', ?, ?, ?, 'test', ?)", TestDb.nextId(), idNumber, number, TestDb.date(on), issuer, Instant.now());
    }

    @EachDatabase
    void recordsAreReadByIdNumberAsKnownOnTheDay(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long p = db.person("签发人", "CIVIL_SERVANT");
        long other = db.person("他人", "CIVIL_SERVANT");
        long none = db.person("无记录", "CIVIL_SERVANT");
        String id = t.idNumberOf(p);
        t.filing(p, "2025-01-01", null);
        issuance(db, id, "PASSPORT", "E1" + p, "2025-02-01");
        issuance(db, id, "PASSPORT", "E2" + p, "2026-07-01");
        issuance(db, t.idNumberOf(other), "PASSPORT", "E3" + p, "2025-02-01");
        certificate(db, id, "证" + p, "2025-01-20", "示例县教育局");
        certificate(db, id, "证后" + p, "2026-07-02", "示例县教育局");
        t.crossing(id, "PASSPORT", "E3" + p, "EXIT", "2026-03-01", "日本");
        t.crossing(id, "PASSPORT", "E3" + p, "ENTRY", "2026-07-03", null);

        Map<Long, PoliceRecords> read = facts(db).of(List.of(p, other, none), Horizon.asOf(AS_OF));

        assertEquals(Set.of(p, other), read.keySet(), "someone without any record is left out");
        PoliceRecords r = read.get(p);
        assertEquals(List.of("PASSPORT:E1" + p), r.issuances().stream().map(PoliceRecords.Issuance::key).toList(), "issued after the day: not yet");
        assertEquals(Set.of("PASSPORT:E3" + p), r.issuedToOthers());
        assertEquals(List.of("证" + p), r.certificates().stream().map(PoliceRecords.Certificate::number).toList());
        assertEquals(List.of(new PoliceRecords.Department(LocalDate.of(2025, 1, 1), null, "市委组织部")), r.departments());
        LocalDate yesterday = LocalDate.now(RegistryClock.ZONE).minusDays(1);
        assertEquals(Map.of(), facts(db).of(List.of(p, other, none), new Horizon(AS_OF, yesterday)),
                "as recorded on the day before they were stored, public security's records were not there");
    }

    @EachDatabase
    void theThreePoliceFindingsComeFromTheRecordsAndNothingWithoutThem(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long p = db.person("涉证人", "CIVIL_SERVANT");
        String id = t.idNumberOf(p);
        t.filing(p, "2025-01-01", null);
        t.document(p, "PASSPORT", "E1" + p, "2025-03-10", null, null);
        t.crossing(id, "PASSPORT", "G9" + p, "EXIT", "2026-03-01", "日本");
        t.crossing(id, "PASSPORT", "G9" + p, "ENTRY", "2026-03-05", null);
        long quiet = db.person("未导入", "CIVIL_SERVANT");
        t.filing(quiet, "2025-01-01", null);
        t.crossing(t.idNumberOf(quiet), "PASSPORT", "G8" + quiet, "EXIT", "2026-03-01", "日本");

        String obtained = "DOCUMENT_OBTAINED_WITHOUT_APPROVAL|" + p + "|PASSPORT:E1" + p;
        assertEquals(Set.of(obtained + "@2025-03-10"), rules(db, p), "without public security's records: the declared document only,"
                + " dated as declared; no certificate, no crossing judged");

        issuance(db, id, "PASSPORT", "E1" + p, "2025-03-01");
        certificate(db, id, "证" + p, "2025-02-20", "示例县教育局");
        certificate(db, id, "证准" + p, "2025-02-21", "市委组织部");

        assertEquals(Set.of(obtained + "@2025-03-01", "CERTIFICATE_OUTSIDE_AUTHORITY|" + p + "|CERTIFICATE:证" + p + "@2025-02-20",
                "DOCUMENT_FORGED|" + p + "|PASSPORT:G9" + p + "@2026-03-01"), rules(db, p),
                "one finding of the passport, dated by public security's record; the department's own certificate is not found");
        assertEquals(Set.of(), rules(db, quiet), "the other person's passports were never answered for");
    }

    /** The findings (key@date) on the facts read as of {@link #AS_OF}, as PublicSecurityChecks applies the rules. */
    private static Set<String> rules(TestDb db, long person) {
        JdbcCrossingFacts crossingFacts = new JdbcCrossingFacts();
        crossingFacts.dataSource = db.dataSource();
        Set<String> keys = new TreeSet<>();
        for (PersonTravel p : crossingFacts.filedPeople(AS_OF, person)) {
            PoliceRecords r = facts(db).of(List.of(p.personId()), Horizon.asOf(AS_OF)).getOrDefault(p.personId(), PoliceRecords.NONE);
            for (List<TravelFinding> found : List.of(PublicSecurityRules.obtainedWithoutApproval(p, r),
                    PublicSecurityRules.certificateOutsideAuthority(p, r), PublicSecurityRules.forged(p, r))) {
                found.stream().map(f -> f.key() + "@" + f.date()).forEach(keys::add);
            }
        }
        return keys;
    }

    private static JdbcPoliceFacts facts(TestDb db) {
        JdbcPoliceFacts facts = new JdbcPoliceFacts();
        facts.dataSource = db.dataSource();
        return facts;
    }
}
