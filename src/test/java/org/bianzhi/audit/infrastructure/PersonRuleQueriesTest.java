package org.bianzhi.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianzhi.audit.domain.Breach;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/** The personal rules' SQL, straight against the migrated schema: each rule on its case and its near misses. */
class PersonRuleQueriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @EachDatabase
    void aWorkerOrInstitutionStaffOnAnAdministrativeQuotaIsMixedACivilServantIsNot(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市民政局", null);
        long worker = db.person("工勤一", "ORGAN_WORKER");
        long servant = db.person("公务员一", "CIVIL_SERVANT");
        long formerWorker = db.person("工勤二", "ORGAN_WORKER");
        db.occupancy(worker, organ, "ADMINISTRATIVE", "2021-01-01", null, "Z2021-0001");
        db.occupancy(servant, organ, "ADMINISTRATIVE", "2021-01-01", null, "Z2021-0002");
        db.occupancy(formerWorker, organ, "ADMINISTRATIVE", "2021-01-01", "2026-06-30", "Z2021-0003");

        List<Breach> found = queries(db, null).nonCivilServantsOnAdminQuota();

        assertEquals(List.of(worker), found.stream().map(Breach::personId).toList(), "left on today: no longer in force");
        assertEquals(organ, found.get(0).unitId());
        assertEquals(List.of(worker), queries(db, Set.of(worker, servant)).nonCivilServantsOnAdminQuota().stream().map(Breach::personId).toList());
        assertEquals(List.of(), queries(db, Set.of(servant)).nonCivilServantsOnAdminQuota());
    }

    @EachDatabase
    void institutionStaffInAnOrgansAdministrativePostIsMixedUnlessLawfullySeconded(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市民政局", null);
        long centre = db.unit("INSTITUTION", "瑞安市社会救助服务中心", organ);
        long regular = staff(db, centre, "PUBLIC_INSTITUTION");
        db.posting(regular, organ, "ADMINISTRATIVE_POST", "REGULAR", "2024-01-01", null, null, null);
        long noDocument = staff(db, centre, "PUBLIC_INSTITUTION");
        db.posting(noDocument, organ, "ADMINISTRATIVE_POST", "SECONDMENT", "2026-01-01", null, "2026-12-31", null);
        long blankDocument = staff(db, centre, "PUBLIC_INSTITUTION");
        db.posting(blankDocument, organ, "ADMINISTRATIVE_POST", "SECONDMENT", "2026-01-01", null, "2026-12-31", "");
        long worker = db.person("工勤", "ORGAN_WORKER");
        db.occupancy(worker, organ, "ORGAN_WORKER", "2020-05-01", null, "Z2020-0201");
        db.posting(worker, organ, "ADMINISTRATIVE_POST", "REGULAR", "2024-01-01", null, null, null);
        // near misses: lawfully seconded; in the centre's own post; posted back already; quota left already
        long seconded = staff(db, centre, "PUBLIC_INSTITUTION");
        db.posting(seconded, organ, "ADMINISTRATIVE_POST", "SECONDMENT", "2026-01-01", null, "2026-12-31", "瑞委办〔2026〕3号");
        long atHome = staff(db, centre, "PUBLIC_INSTITUTION");
        db.posting(atHome, centre, "MANAGEMENT", "REGULAR", "2020-05-01", null, null, null);
        long postedBack = staff(db, centre, "PUBLIC_INSTITUTION");
        db.posting(postedBack, organ, "ADMINISTRATIVE_POST", "REGULAR", "2024-01-01", "2026-06-30", null, null);
        long leftQuota = db.person("离编", "INSTITUTION_STAFF");
        db.occupancy(leftQuota, centre, "PUBLIC_INSTITUTION", "2020-05-01", "2026-06-30", "Z2020-0301");
        db.posting(leftQuota, organ, "ADMINISTRATIVE_POST", "REGULAR", "2024-01-01", null, null, null);

        List<Breach> found = queries(db, null).institutionStaffInAdminPosts();

        assertEquals(Set.of(regular, noDocument, blankDocument, worker), people(found));
        assertTrue(found.stream().allMatch(b -> b.unitId() == organ), "named on the organ whose post is taken");
        assertEquals("占用瑞安市社会救助服务中心事业编制，在瑞安市民政局（机关）行政岗位工作", message(found, regular));
        assertEquals("占用瑞安市社会救助服务中心事业编制，在瑞安市民政局（机关）行政岗位工作；借调没有批准文号", message(found, noDocument));
        assertEquals(message(found, noDocument), message(found, blankDocument));
        assertEquals("占用瑞安市民政局机关工勤编制，在瑞安市民政局（机关）行政岗位工作", message(found, worker));
        assertEquals(Set.of(regular), people(queries(db, Set.of(regular, seconded, atHome)).institutionStaffInAdminPosts()));
    }

    @EachDatabase
    void anApprovedSecondmentIsLawfulThroughItsEndDateAndMixedFromTheDayAfter(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市民政局", null);
        long centre = db.unit("INSTITUTION", "瑞安市社会救助服务中心", organ);
        long seconded = staff(db, centre, "PUBLIC_INSTITUTION");
        db.posting(seconded, organ, "ADMINISTRATIVE_POST", "SECONDMENT", "2026-01-01", null, "2026-12-31", "瑞委办〔2026〕3号");

        for (LocalDate d : TestDb.daysAround("2026-01-01", "2027-01-01")) {
            List<Breach> found = new PersonRuleQueries(db.connection(), d, null).institutionStaffInAdminPosts();
            assertEquals(d.isAfter(LocalDate.of(2026, 12, 31)) ? Set.of(seconded) : Set.of(), people(found), "as of " + d);
        }
        assertEquals("占用瑞安市社会救助服务中心事业编制，在瑞安市民政局（机关）行政岗位工作；借调已于 2026-12-31 到期",
                new PersonRuleQueries(db.connection(), LocalDate.of(2027, 1, 1), null).institutionStaffInAdminPosts().get(0).message());
    }

    @EachDatabase
    void someoneInAnOrgansAdministrativePostWithoutAnyQuotaOnTheDateHasNoQuota(TestDb db) throws SQLException {
        long organ = db.unit("ORGAN", "瑞安市民政局", null);
        long other = db.unit("ORGAN", "瑞安市财政局", null);
        long centre = db.unit("INSTITUTION", "瑞安市社会救助服务中心", organ);
        long contractor = db.person("编外一", "NON_ESTABLISHMENT");
        db.posting(contractor, organ, "ADMINISTRATIVE_POST", "REGULAR", "2024-01-01", null, null, null);
        long entersLater = db.person("新进", "CIVIL_SERVANT");
        db.posting(entersLater, organ, "ADMINISTRATIVE_POST", "REGULAR", "2026-06-01", null, null, null);
        db.occupancy(entersLater, organ, "ADMINISTRATIVE", "2026-06-15", null, "Z2026-0001");
        // near misses: a quota at another unit is still a quota; an institution's post is not an organ's
        long elsewhere = db.person("外单位", "CIVIL_SERVANT");
        db.occupancy(elsewhere, other, "ADMINISTRATIVE", "2020-01-01", null, "Z2020-0001");
        db.posting(elsewhere, organ, "ADMINISTRATIVE_POST", "REGULAR", "2024-01-01", null, null, null);
        long inCentre = db.person("编外二", "NON_ESTABLISHMENT");
        db.posting(inCentre, centre, "MANAGEMENT", "REGULAR", "2024-01-01", null, null, null);

        for (LocalDate d : TestDb.daysAround("2026-06-01", "2026-06-15")) {
            Set<Long> expected = d.isBefore(LocalDate.of(2026, 6, 1)) || !d.isBefore(LocalDate.of(2026, 6, 15))
                    ? Set.of(contractor) : Set.of(contractor, entersLater);
            assertEquals(expected, people(new PersonRuleQueries(db.connection(), d, null).noQuotaInAdminPosts()), "as of " + d);
        }
        List<Breach> found = queries(db, Set.of(contractor)).noQuotaInAdminPosts();
        assertEquals(List.of(organ), found.stream().map(Breach::unitId).toList());
        assertEquals("在瑞安市民政局（机关）行政岗位工作，未占用任何编制（人员身份：编外人员）", found.get(0).message());
        assertEquals(List.of(), queries(db, Set.of(elsewhere, inCentre)).noQuotaInAdminPosts());
    }

    /** An institution staff member occupying the unit's quota of {@code type} since 2020. */
    private static long staff(TestDb db, long unit, String type) throws SQLException {
        long p = db.person("事业" + TestDb.nextId() % 1000, "INSTITUTION_STAFF");
        db.occupancy(p, unit, type, "2020-05-01", null, "Z2020-" + p % 10000);
        return p;
    }

    private static Set<Long> people(List<Breach> found) {
        return found.stream().map(Breach::personId).collect(java.util.stream.Collectors.toSet());
    }

    private static String message(List<Breach> found, long person) {
        return found.stream().filter(b -> b.personId() == person).findFirst().orElseThrow().message();
    }

    private static PersonRuleQueries queries(TestDb db, Set<Long> people) {
        return new PersonRuleQueries(db.connection(), TODAY, people);
    }
}
