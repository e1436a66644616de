package org.bianzhi.travel.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;
import org.bianzhi.travel.domain.PersonUnits.UnitRef;

/** A person's unit for the module's lists and scope: occupancy before posting before appointment, in force before ended. */
class JdbcPersonUnitsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @EachDatabase
    void theRecordInForceDecidesOccupancyFirstThenPostingThenAppointment(TestDb db) throws SQLException {
        long quotaUnit = db.unit("ORGAN", "瑞安市审计局", null);
        long workUnit = db.unit("ORGAN", "瑞安市统计局", null);
        long leadUnit = db.unit("ORGAN", "瑞安市商务局", null);
        long all = db.person("三处记录", "CIVIL_SERVANT");
        db.occupancy(all, quotaUnit, "ADMINISTRATIVE", "2020-01-01", null, "Z1");
        db.posting(all, workUnit, "ADMINISTRATIVE_POST", "REGULAR", "2024-01-01", null, null, null);
        db.appointment(all, leadUnit, "UNIT_DEPUTY", "2025-01-01", null);
        long occupancyEnded = db.person("编制已止", "CIVIL_SERVANT");
        db.occupancy(occupancyEnded, quotaUnit, "ADMINISTRATIVE", "2020-01-01", DAY.toString(), "Z2");
        db.posting(occupancyEnded, workUnit, "ADMINISTRATIVE_POST", "REGULAR", "2020-01-01", null, null, null);
        long onlyLead = db.person("仅任职", "CIVIL_SERVANT");
        db.appointment(onlyLead, leadUnit, "UNIT_PRINCIPAL", "2020-01-01", null);
        long allEnded = db.person("均已结束", "CIVIL_SERVANT");
        db.occupancy(allEnded, quotaUnit, "ADMINISTRATIVE", "2015-01-01", "2018-01-01", "Z3");
        db.posting(allEnded, workUnit, "ADMINISTRATIVE_POST", "REGULAR", "2018-01-01", "2020-01-01", null, null);
        long startsLater = db.person("次日入编", "CIVIL_SERVANT");
        db.occupancy(startsLater, quotaUnit, "ADMINISTRATIVE", DAY.plusDays(1).toString(), null, "Z4");
        long nowhere = db.person("无记录", "NON_ESTABLISHMENT");

        Map<Long, Long> unitOf = new HashMap<>();
        units(db).unitsOf(List.of(all, occupancyEnded, onlyLead, allEnded, startsLater, nowhere), DAY).forEach((p, u) -> unitOf.put(p, u.id()));

        assertEquals(Map.of(all, quotaUnit, occupancyEnded, workUnit, onlyLead, leadUnit, allEnded, workUnit), unitOf,
                "when everything has ended, the latest record; a record beginning after the day, or none, places nobody");
    }

    @EachDatabase
    void theUnitIsNamedAsOnTheDay(TestDb db) throws SQLException {
        long unit = db.unit("ORGAN", "瑞安市审计局", null);
        db.update("insert into unit_version (id, unit_id, name, kind, region_code, admin_level, funding, valid_from, recorded_by,"
                + " recorded_at) values (?, ?, '瑞安市审计局（更名）', 'ORGAN', '330381', 'COUNTY', 'FULL', ?, 'test', ?)",
                TestDb.nextId(), unit, DAY, Instant.now());
        long p = db.person("在编", "CIVIL_SERVANT");
        db.occupancy(p, unit, "ADMINISTRATIVE", "2020-01-01", null, "Z1");

        UnitRef before = units(db).unitsOf(List.of(p), DAY.minusDays(1)).get(p);
        assertEquals("瑞安市审计局", before.name());
        assertEquals(db.codeOf(unit), before.code());
        assertEquals("瑞安市审计局（更名）", units(db).unitsOf(List.of(p), DAY).get(p).name());
    }

    private static JdbcPersonUnits units(TestDb db) {
        JdbcPersonUnits units = new JdbcPersonUnits();
        units.dataSource = db.dataSource();
        return units;
    }
}
