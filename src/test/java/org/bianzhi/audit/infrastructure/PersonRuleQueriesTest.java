package org.bianzhi.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static PersonRuleQueries queries(TestDb db, Set<Long> people) {
        return new PersonRuleQueries(db.connection(), TODAY, people);
    }
}
